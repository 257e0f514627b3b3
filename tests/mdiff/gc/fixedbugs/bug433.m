./bug433.go:20:9: i escapes to heap
./bug433.go:37:9: s escapes to heap
