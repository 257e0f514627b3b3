./issue37753.go:16:9: x escapes to heap
