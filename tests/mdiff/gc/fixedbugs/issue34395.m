./issue34395.go:15:8: "bad" escapes to heap
