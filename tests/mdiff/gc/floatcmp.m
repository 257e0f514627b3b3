./floatcmp.go:91:8: "floatcmp failed" escapes to heap
