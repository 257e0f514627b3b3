./map.go:27:10: new(T) escapes to heap
./map.go:28:26: func literal escapes to heap
./map.go:17:16: map[*T]int{...} escapes to heap
