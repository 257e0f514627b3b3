./issue43292.go:11:9: I(A{}) escapes to heap
./issue43292.go:14:9: B{} escapes to heap
./issue43292.go:24:9: I(A{}) escapes to heap
./issue43292.go:27:9: B{} escapes to heap
./issue43292.go:37:9: I(A{}) escapes to heap
./issue43292.go:40:9: B{} escapes to heap
