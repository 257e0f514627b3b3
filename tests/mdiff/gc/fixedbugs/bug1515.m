./bug1515.go:18:8: "unequal" escapes to heap
