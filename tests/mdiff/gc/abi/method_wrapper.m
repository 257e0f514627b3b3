./method_wrapper.go:17:7: s does not escape
./method_wrapper.go:33:8: "FAIL" escapes to heap
