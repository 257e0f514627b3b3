./bug470.go:24:20: fmt.Sprintf("F=%.1000g, want %.1000g", ... argument...) escapes to heap
./bug470.go:24:20: ... argument does not escape
./bug470.go:24:21: F escapes to heap
./bug470.go:24:51: F32 escapes to heap
