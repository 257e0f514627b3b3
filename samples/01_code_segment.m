./01_code_segment.go:17:13: ... argument does not escape
./01_code_segment.go:17:13: message escapes to heap
./01_code_segment.go:17:13: pi escapes to heap
./01_code_segment.go:18:13: ... argument does not escape
./01_code_segment.go:18:14: "area:" escapes to heap
./01_code_segment.go:18:36: calculateArea(3, 4.5) escapes to heap
