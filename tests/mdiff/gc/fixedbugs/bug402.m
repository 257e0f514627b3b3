./bug402.go:26:22: fmt.Sprint(... argument...) + " " escapes to heap
./bug402.go:26:18: ... argument does not escape
./bug402.go:26:18: v escapes to heap
./bug402.go:29:9: s escapes to heap
