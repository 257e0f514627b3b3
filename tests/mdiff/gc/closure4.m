./closure4.go:12:8: func literal does not escape
./closure4.go:15:9: "panic expected" escapes to heap
