./07_use_stack.go:9:2: moved to heap: x
./07_use_stack.go:22:13: ... argument does not escape
./07_use_stack.go:22:14: "createOnHeap:" escapes to heap
./07_use_stack.go:22:31: *p escapes to heap
./07_use_stack.go:23:13: ... argument does not escape
./07_use_stack.go:23:14: "createOnStack:" escapes to heap
./07_use_stack.go:23:14: v escapes to heap
./07_use_stack.go:25:13: ... argument does not escape
./07_use_stack.go:25:14: "after *p = 7:" escapes to heap
./07_use_stack.go:25:31: *p escapes to heap
./07_use_stack.go:25:31: v escapes to heap
