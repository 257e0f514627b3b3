./goroutines.go:17:8: left does not escape
./goroutines.go:17:14: right does not escape
./goroutines.go:39:10: c does not escape
./goroutines.go:39:5: func literal escapes to heap
