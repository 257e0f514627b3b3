./bug227.go:17:11: s does not escape
./bug227.go:30:8: "fail" escapes to heap
./bug227.go:34:8: "fail" escapes to heap
./bug227.go:12:29: map[string]string{...} escapes to heap
