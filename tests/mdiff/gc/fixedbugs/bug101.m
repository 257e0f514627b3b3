./bug101.go:12:24: "array len" escapes to heap
./bug101.go:14:48: "array contents" escapes to heap
