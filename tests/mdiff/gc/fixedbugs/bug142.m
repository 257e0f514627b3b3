./bug142.go:9:13: leaking param: s
./bug142.go:10:8: s escapes to heap
