./bug154.go:13:20: ... argument does not escape
./bug154.go:13:34: float64(f) escapes to heap
./bug154.go:21:20: ... argument does not escape
./bug154.go:21:34: float64(f) escapes to heap
./bug154.go:31:8: "r0 and r1 should be the same" escapes to heap
