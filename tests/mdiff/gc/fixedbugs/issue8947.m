./issue8947.go:18:8: "wrong1" escapes to heap
./issue8947.go:22:8: "wrong2" escapes to heap
./issue8947.go:26:8: "wrong3" escapes to heap
./issue8947.go:30:8: "wrong4" escapes to heap
./issue8947.go:43:8: "wrongx" escapes to heap
./issue8947.go:46:8: "wrongX" escapes to heap
