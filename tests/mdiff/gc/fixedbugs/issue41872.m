./issue41872.go:21:8: "wanted true, got false" escapes to heap
./issue41872.go:24:8: "wanted true, got false" escapes to heap
