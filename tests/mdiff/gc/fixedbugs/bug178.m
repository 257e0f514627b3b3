./bug178.go:16:8: "BUG: not reached - break" escapes to heap
./bug178.go:28:8: "BUG: not reached - continue" escapes to heap
