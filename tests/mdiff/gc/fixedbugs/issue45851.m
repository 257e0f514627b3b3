./issue45851.go:31:7: v does not escape
./issue45851.go:65:20: leaking param content: x
./issue45851.go:65:29: leaking param content: y
./issue45851.go:66:19: ... argument does not escape
./issue45851.go:66:54: x.(*Vertex).name escapes to heap
./issue45851.go:66:72: y.(*Vertex).name escapes to heap
./issue45851.go:66:72: flags escapes to heap
./issue45851.go:51:18: leaking param content: x
./issue45851.go:51:29: leaking param content: v
./issue45851.go:36:8: &Vertex{...} does not escape
./issue45851.go:37:8: &Vertex{...} does not escape
./issue45851.go:38:8: &Vertex{...} escapes to heap
./issue45851.go:47:7: v does not escape
