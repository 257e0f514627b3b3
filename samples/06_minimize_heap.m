./06_minimize_heap.go:11:15: make([]int, 10) does not escape
./06_minimize_heap.go:22:14: make([]int, 10) does not escape
./06_minimize_heap.go:36:13: ... argument does not escape
./06_minimize_heap.go:36:14: "badExample total:" escapes to heap
./06_minimize_heap.go:36:45: badExample() escapes to heap
./06_minimize_heap.go:37:13: ... argument does not escape
./06_minimize_heap.go:37:14: "goodExample total:" escapes to heap
./06_minimize_heap.go:37:47: goodExample() escapes to heap
./06_minimize_heap.go:38:13: ... argument does not escape
./06_minimize_heap.go:38:14: "same result:" escapes to heap
./06_minimize_heap.go:38:43: badExample() == goodExample() escapes to heap
