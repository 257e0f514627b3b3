./issue18906.go:34:8: "incorrect value" escapes to heap
