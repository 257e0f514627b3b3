./issue24763.go:11:21: (interface {})(1 << s + 1 << s) does not escape
./issue24763.go:13:8: "x not int or not 2" escapes to heap
./issue24763.go:17:2: 1 << s + 1 does not escape
./issue24763.go:19:8: "y not int or not 2" escapes to heap
