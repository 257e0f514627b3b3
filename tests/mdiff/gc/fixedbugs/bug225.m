./bug225.go:13:8: "BUG: recv should not" escapes to heap
./bug225.go:20:8: "BUG: recv should" escapes to heap
