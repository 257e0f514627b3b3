./bug247.go:15:6: Count does not escape
./bug247.go:19:8: "fail" escapes to heap
