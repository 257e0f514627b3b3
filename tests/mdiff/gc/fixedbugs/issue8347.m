./issue8347.go:16:10: "BUG" escapes to heap
./issue8347.go:21:9: "BUG" escapes to heap
