./issue15175.go:16:13: ... argument does not escape
./issue15175.go:16:14: got escapes to heap
./issue15175.go:20:13: ... argument does not escape
./issue15175.go:20:14: got escapes to heap
./issue15175.go:24:13: ... argument does not escape
./issue15175.go:24:14: got escapes to heap
./issue15175.go:28:13: ... argument does not escape
./issue15175.go:28:14: got escapes to heap
./issue15175.go:32:8: "bad" escapes to heap
