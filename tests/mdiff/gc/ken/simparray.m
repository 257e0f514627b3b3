./simparray.go:26:22: s1 escapes to heap
./simparray.go:37:22: s2 escapes to heap
./simparray.go:39:10: new([100]int) does not escape
./simparray.go:49:24: s3 escapes to heap
