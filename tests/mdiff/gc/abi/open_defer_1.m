./open_defer_1.go:19:8: func literal does not escape
./open_defer_1.go:20:7: "XXX" escapes to heap
./open_defer_1.go:25:7: t does not escape
