./bug113.go:37:18: f does not escape
./bug113.go:38:8: func literal does not escape
./bug113.go:40:9: "function should panic" escapes to heap
./bug113.go:30:2: 1 does not escape
./bug113.go:33:8: 3 escapes to heap
./bug113.go:15:2: 1 does not escape
./bug113.go:18:8: 1 escapes to heap
./bug113.go:22:8: 2 escapes to heap
