./issue18725.go:15:8: "nilcheck elim failed" escapes to heap
