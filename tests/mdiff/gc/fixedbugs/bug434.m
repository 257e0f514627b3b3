./bug434.go:20:9: b escapes to heap
./bug434.go:25:9: b escapes to heap
./bug434.go:30:9: b escapes to heap
