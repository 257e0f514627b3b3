./issue24799.go:36:15: l does not escape
./issue24799.go:50:11: l does not escape
