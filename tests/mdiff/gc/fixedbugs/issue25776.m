./issue25776.go:36:9: &TriDense{...} escapes to heap
./issue25776.go:57:8: badTriangle escapes to heap
./issue25776.go:44:7: t does not escape
./issue25776.go:48:7: t does not escape
./issue25776.go:61:7: t does not escape
./issue25776.go:66:7: t does not escape
./issue25776.go:66:40: leaking param: a
./issue25776.go:74:7: t does not escape
./issue25776.go:74:40: leaking param: a
./issue25776.go:82:7: t does not escape
./issue25776.go:87:7: t does not escape
