./issue17752.go:9:8: m does not escape
./issue17752.go:13:8: m does not escape
./issue17752.go:18:24: map[[8]string]int{} does not escape
