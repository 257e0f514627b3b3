./select4.go:13:12: new(int) escapes to heap
