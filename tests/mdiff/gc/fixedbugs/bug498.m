./bug498.go:21:9: a escapes to heap
