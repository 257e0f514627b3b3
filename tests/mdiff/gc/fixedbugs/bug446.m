./bug446.go:30:8: "dummy1 != 1" escapes to heap
./bug446.go:33:8: "dummy2 != 2" escapes to heap
