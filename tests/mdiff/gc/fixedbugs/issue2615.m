./issue2615.go:544:9: "failed" escapes to heap
