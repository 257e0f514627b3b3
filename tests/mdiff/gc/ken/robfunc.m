./robfunc.go:11:36: msg does not escape
./robfunc.go:13:32: "assertion fail" + msg + "\n" does not escape
./robfunc.go:14:8: 1 escapes to heap
./robfunc.go:53:7: t does not escape
./robfunc.go:91:16: new(T) does not escape
