./issue5856.go:34:13: ... argument does not escape
./issue5856.go:34:14: file escapes to heap
./issue5856.go:34:14: line escapes to heap
./issue5856.go:28:7: "panic" escapes to heap
./issue5856.go:18:7: "deferred function not run" escapes to heap
