./sliceslice.go:152:8: "fail" escapes to heap
./sliceslice.go:157:8: "fail" escapes to heap
./sliceslice.go:164:9: "fail" escapes to heap
./sliceslice.go:175:8: "fail" escapes to heap
./sliceslice.go:180:8: "fail" escapes to heap
./sliceslice.go:187:9: "fail" escapes to heap
./sliceslice.go:194:11: make([]byte, 10) escapes to heap
./sliceslice.go:200:11: make([]float64, 10) escapes to heap
