./bug028.go:24:19: "bad" escapes to heap
