./03_stack.go:18:21: []int{...} does not escape
./03_stack.go:26:12: ... argument does not escape
./03_stack.go:26:13: sum escapes to heap
./03_stack.go:26:13: result escapes to heap
