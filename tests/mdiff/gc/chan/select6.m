./select6.go:20:5: func literal escapes to heap
./select6.go:21:5: func literal escapes to heap
./select6.go:24:9: "dummy" escapes to heap
./select6.go:30:5: func literal escapes to heap
