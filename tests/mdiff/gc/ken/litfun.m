./litfun.go:13:7: func literal does not escape
./litfun.go:14:8: func literal does not escape
./litfun.go:15:9: func literal does not escape
./litfun.go:22:31: x(3) escapes to heap
