./bug346.go:15:17: func literal does not escape
./bug346.go:25:8: func literal escapes to heap
