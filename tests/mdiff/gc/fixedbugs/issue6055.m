./issue6055.go:16:8: func literal does not escape
./issue6055.go:24:18: f does not escape
./issue6055.go:25:8: func literal does not escape
./issue6055.go:27:9: "did not panic" escapes to heap
