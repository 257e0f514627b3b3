./issue19182.go:22:5: func literal escapes to heap
./issue19182.go:34:13: ... argument does not escape
./issue19182.go:34:14: i escapes to heap
