./issue54467.go:23:14: ... argument does not escape
./issue54467.go:23:15: i escapes to heap
./issue54467.go:23:47: x[i] escapes to heap
./issue54467.go:23:47: i escapes to heap
./issue54467.go:23:56: y[i] escapes to heap
