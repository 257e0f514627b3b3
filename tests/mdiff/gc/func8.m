./func8.go:38:8: "wrong f,g order" escapes to heap
./func8.go:42:8: "wrong compare" escapes to heap
./func8.go:45:8: "wrong x,y order" escapes to heap
