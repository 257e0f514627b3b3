./bug207.go:21:15: ... argument does not escape
./bug207.go:21:16: "xxx" escapes to heap
./bug207.go:21:16: t escapes to heap
