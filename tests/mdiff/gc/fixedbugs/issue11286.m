./issue11286.go:25:11: make([]T, 4) escapes to heap
./issue11286.go:27:17: make(map[string]int) escapes to heap
./issue11286.go:32:8: "bad field value" escapes to heap
