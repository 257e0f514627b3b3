./issue50854.go:30:7: "FAILURE" escapes to heap
