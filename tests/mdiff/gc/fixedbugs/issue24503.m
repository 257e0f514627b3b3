./issue24503.go:26:8: "expected either 'equal' or 'unequal'" escapes to heap
