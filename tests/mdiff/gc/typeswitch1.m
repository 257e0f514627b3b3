./typeswitch1.go:23:15: len does not escape
./typeswitch1.go:27:13: leaking param: x
./typeswitch1.go:30:20: ... argument does not escape
./typeswitch1.go:30:21: "default " escapes to heap
./typeswitch1.go:32:20: ... argument does not escape
./typeswitch1.go:32:21: "signed " escapes to heap
./typeswitch1.go:34:20: ... argument does not escape
./typeswitch1.go:34:21: "signed64 " escapes to heap
./typeswitch1.go:34:39: int64(xx) escapes to heap
./typeswitch1.go:36:20: ... argument does not escape
./typeswitch1.go:36:21: "unsigned " escapes to heap
./typeswitch1.go:38:20: ... argument does not escape
./typeswitch1.go:38:21: "unsigned64 " escapes to heap
./typeswitch1.go:38:42: uint64(xx) escapes to heap
./typeswitch1.go:40:20: ... argument does not escape
./typeswitch1.go:40:21: "nil " escapes to heap
./typeswitch1.go:42:7: "not reached" escapes to heap
./typeswitch1.go:45:14: leaking param: x
./typeswitch1.go:49:20: ... argument does not escape
./typeswitch1.go:49:21: "default " escapes to heap
./typeswitch1.go:51:20: ... argument does not escape
./typeswitch1.go:51:21: "signed " escapes to heap
./typeswitch1.go:53:20: ... argument does not escape
./typeswitch1.go:53:21: "signed64 " escapes to heap
./typeswitch1.go:53:36: xx.(int64) escapes to heap
./typeswitch1.go:55:20: ... argument does not escape
./typeswitch1.go:55:21: "unsigned " escapes to heap
./typeswitch1.go:57:20: ... argument does not escape
./typeswitch1.go:57:21: "unsigned64 " escapes to heap
./typeswitch1.go:57:38: xx.(uint64) escapes to heap
./typeswitch1.go:59:20: ... argument does not escape
./typeswitch1.go:59:21: "nil " escapes to heap
./typeswitch1.go:61:7: "not reached" escapes to heap
./typeswitch1.go:64:12: leaking param: x
./typeswitch1.go:64:27: leaking param: s
./typeswitch1.go:67:14: ... argument does not escape
./typeswitch1.go:67:15: "whatis" escapes to heap
./typeswitch1.go:67:28: "=>" escapes to heap
./typeswitch1.go:67:28: w escapes to heap
./typeswitch1.go:67:37: "!=" escapes to heap
./typeswitch1.go:67:37: s escapes to heap
./typeswitch1.go:68:8: "fail" escapes to heap
./typeswitch1.go:73:14: ... argument does not escape
./typeswitch1.go:73:15: "whatis1" escapes to heap
./typeswitch1.go:73:29: "=>" escapes to heap
./typeswitch1.go:73:29: w escapes to heap
./typeswitch1.go:73:38: "!=" escapes to heap
./typeswitch1.go:73:38: s escapes to heap
./typeswitch1.go:74:8: "fail" escapes to heap
./typeswitch1.go:79:8: 1 escapes to heap
./typeswitch1.go:80:12: uint(1) escapes to heap
./typeswitch1.go:81:13: int64(1) escapes to heap
./typeswitch1.go:82:14: uint64(1) escapes to heap
./typeswitch1.go:83:8: 1.5 escapes to heap
