./issue27278.go:33:7: t does not escape
./issue27278.go:34:17: []string{} escapes to heap
./issue27278.go:25:7: t does not escape
./issue27278.go:17:7: t does not escape
./issue27278.go:44:3: &T{} does not escape
