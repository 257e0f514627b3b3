./bug230.go:22:2: I(0) escapes to heap
./bug230.go:23:2: F(1) escapes to heap
./bug230.go:24:2: S("hi") escapes to heap
