./05_memory_in_action.go:17:22: make([]int, 0, 100) does not escape
./05_memory_in_action.go:20:17: make(map[string]int) escapes to heap
./05_memory_in_action.go:23:16: new(int) does not escape
./05_memory_in_action.go:26:12: ... argument does not escape
./05_memory_in_action.go:26:13: localInt escapes to heap
./05_memory_in_action.go:27:12: ... argument does not escape
./05_memory_in_action.go:27:13: localString escapes to heap
./05_memory_in_action.go:28:12: ... argument does not escape
./05_memory_in_action.go:28:13: smallArray escapes to heap
./05_memory_in_action.go:29:12: ... argument does not escape
./05_memory_in_action.go:29:72: cap(dynamicSlice) escapes to heap
./05_memory_in_action.go:30:12: ... argument does not escape
./05_memory_in_action.go:31:12: ... argument does not escape
./05_memory_in_action.go:31:38: *heapInt escapes to heap
./05_memory_in_action.go:32:12: ... argument does not escape
./05_memory_in_action.go:32:13: globalVar escapes to heap
