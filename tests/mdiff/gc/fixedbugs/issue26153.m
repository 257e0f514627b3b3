./issue26153.go:23:13: ps does not escape
./issue26153.go:18:8: "write incorrectly elided" escapes to heap
