./bug452.go:33:8: "foo" escapes to heap
./bug452.go:36:8: "bar" escapes to heap
