./slicearray.go:161:8: "fail" escapes to heap
./slicearray.go:166:8: "fail" escapes to heap
./slicearray.go:173:9: "fail" escapes to heap
./slicearray.go:184:8: "fail" escapes to heap
./slicearray.go:189:8: "fail" escapes to heap
./slicearray.go:196:9: "fail" escapes to heap
