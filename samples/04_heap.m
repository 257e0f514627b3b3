./04_heap.go:10:19: leaking param: name
./04_heap.go:12:12: &Person{...} escapes to heap
./04_heap.go:21:17: make([]int, 0, 10) escapes to heap
./04_heap.go:24:22: make(map[string]*Person) does not escape
./04_heap.go:31:37: ... argument does not escape
./04_heap.go:31:38: i escapes to heap
./04_heap.go:39:12: ... argument does not escape
./04_heap.go:39:38: len(userDatabase) escapes to heap
./04_heap.go:40:12: ... argument does not escape
./04_heap.go:40:13: numbers escapes to heap
./04_heap.go:44:13: ... argument does not escape
./04_heap.go:44:13: message escapes to heap
