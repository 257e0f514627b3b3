./issue26094.go:25:2: T{} escapes to heap
./issue26094.go:40:2: T{} escapes to heap
