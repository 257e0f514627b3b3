./bug116.go:33:8: "fail" escapes to heap
