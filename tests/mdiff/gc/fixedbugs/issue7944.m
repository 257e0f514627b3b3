./issue7944.go:30:9: b does not escape
./issue7944.go:15:8: b does not escape
./issue7944.go:39:8: make([]byte, 100) does not escape
