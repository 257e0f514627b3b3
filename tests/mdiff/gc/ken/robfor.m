./robfor.go:11:36: msg does not escape
./robfor.go:13:32: "assertion fail" + msg + "\n" does not escape
./robfor.go:14:8: 1 escapes to heap
