./select8.go:18:5: func literal escapes to heap
./select8.go:27:8: "unreachable" escapes to heap
./select8.go:33:8: "unreachable" escapes to heap
./select8.go:39:8: "unreachable" escapes to heap
./select8.go:42:8: "unreachable" escapes to heap
./select8.go:48:8: "unreachable" escapes to heap
./select8.go:50:8: "unreachable" escapes to heap
./select8.go:53:8: "unreachable" escapes to heap
