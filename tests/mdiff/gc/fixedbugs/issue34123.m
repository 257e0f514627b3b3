./issue34123.go:29:7: moved to heap: pcs
./issue34123.go:27:8: func literal does not escape
./issue34123.go:35:21: ... argument does not escape
./issue34123.go:35:56: f.Line escapes to heap
