./bug237.go:19:18: ... argument does not escape
./bug237.go:19:19: dots escapes to heap
./bug237.go:23:9: s escapes to heap
