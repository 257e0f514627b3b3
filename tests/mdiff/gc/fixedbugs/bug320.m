./bug320.go:26:8: moved to heap: t
./bug320.go:27:7: func literal escapes to heap
./bug320.go:33:10: "wrong values" escapes to heap
