./issue15277.go:14:8: x does not escape
./issue15277.go:23:9: new(big) escapes to heap
./issue15277.go:32:7: new(big) escapes to heap
