./bug259.go:15:12: ... argument does not escape
./bug259.go:15:14: y[byte(x)] escapes to heap
