./bug148.go:13:8: leaking param: x to result ~r0 level=0
./bug148.go:17:11: T{...} escapes to heap
./bug148.go:37:18: f does not escape
./bug148.go:38:8: func literal does not escape
./bug148.go:40:9: "function should panic" escapes to heap
./bug148.go:34:3: outer_T does not escape
