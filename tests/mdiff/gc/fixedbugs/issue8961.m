./issue8961.go:18:8: "composite literal not filled in" escapes to heap
