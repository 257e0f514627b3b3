./issue22326.go:18:8: s does not escape
./issue22326.go:18:18: rest does not escape
./issue22326.go:11:7: ... argument does not escape
