./bug436.go:21:9: a escapes to heap
./bug436.go:24:9: b escapes to heap
./bug436.go:27:9: c escapes to heap
./bug436.go:30:9: d escapes to heap
