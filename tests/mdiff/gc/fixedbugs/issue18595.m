./issue18595.go:31:10: new(T) does not escape
./issue18595.go:40:8: "interfaces not equal" escapes to heap
./issue18595.go:45:10: new(T) does not escape
./issue18595.go:51:8: "interfaces not equal" escapes to heap
