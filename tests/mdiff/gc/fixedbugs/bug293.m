./bug293.go:12:8: func literal does not escape
./bug293.go:20:8: func literal does not escape
