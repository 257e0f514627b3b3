./atomicload.go:14:8: p does not escape
./atomicload.go:22:6: moved to heap: x
./atomicload.go:25:5: func literal escapes to heap
./atomicload.go:31:5: func literal escapes to heap
./atomicload.go:40:9: "non-atomic load!" escapes to heap
