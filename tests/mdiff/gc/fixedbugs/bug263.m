./bug263.go:10:14: make(map[int]string, 1) does not escape
./bug263.go:14:19: "BUG: " + data[0] escapes to heap
./bug263.go:14:17: "BUG: " + data[0] escapes to heap
