./issue4495.go:26:8: "ret != 3" escapes to heap
./issue4495.go:21:14: t escapes to heap
