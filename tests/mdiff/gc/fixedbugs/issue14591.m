./issue14591.go:23:6: &T{...} escapes to heap
./issue14591.go:25:6: &T{...} escapes to heap
./issue14591.go:33:13: ... argument does not escape
./issue14591.go:33:47: r[1] escapes to heap
./issue14591.go:36:13: ... argument does not escape
./issue14591.go:36:47: s[1] escapes to heap
