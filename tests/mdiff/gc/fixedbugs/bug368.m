./bug368.go:24:8: "broken" escapes to heap
