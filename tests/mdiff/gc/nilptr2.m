./nilptr2.go:12:3: func literal does not escape
./nilptr2.go:13:10: func literal does not escape
./nilptr2.go:40:10: leaking param: x
./nilptr2.go:57:25: *a10p escapes to heap
./nilptr2.go:63:28: *structp escapes to heap
./nilptr2.go:79:31: *bigstructp escapes to heap
./nilptr2.go:122:7: m does not escape
