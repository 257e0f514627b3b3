./issue38496.go:12:8: func literal does not escape
./issue38496.go:15:9: "failed to check nil ptr" escapes to heap
