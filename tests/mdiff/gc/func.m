./func.go:11:36: msg does not escape
./func.go:14:8: 1 escapes to heap
./func.go:53:7: t does not escape
./func.go:85:16: new(T) does not escape
