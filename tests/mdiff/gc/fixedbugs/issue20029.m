./issue20029.go:16:8: m does not escape
./issue20029.go:30:18: map[int]int{...} does not escape
