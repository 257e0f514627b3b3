./bug119.go:9:10: a does not escape
./bug119.go:14:7: &[]int{...} does not escape
./bug119.go:14:13: []int{...} does not escape
./bug119.go:16:8: 2 escapes to heap
./bug119.go:20:8: 3 escapes to heap
