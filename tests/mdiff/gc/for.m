./for.go:11:36: msg does not escape
./for.go:14:8: 1 escapes to heap
