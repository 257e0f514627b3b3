./bug329.go:23:8: "bad complex magic" escapes to heap
./bug329.go:27:8: x does not escape
./bug329.go:34:8: "bad struct magic" escapes to heap
./bug329.go:38:9: x does not escape
