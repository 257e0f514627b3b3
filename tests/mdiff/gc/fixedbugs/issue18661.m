./issue18661.go:20:11: obj does not escape
./issue18661.go:33:31: [2]string{...} does not escape
./issue18661.go:36:14: ... argument does not escape
./issue18661.go:36:15: "x=" escapes to heap
./issue18661.go:36:15: x escapes to heap
