./bug067.go:13:5: func literal escapes to heap
