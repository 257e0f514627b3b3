./issue51101.go:19:8: a does not escape
./issue51101.go:19:11: b does not escape
