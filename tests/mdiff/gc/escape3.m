./escape3.go:30:11: []T1{...} does not escape
./escape3.go:32:8: "nonzero init" escapes to heap
