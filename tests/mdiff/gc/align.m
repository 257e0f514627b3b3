./align.go:20:8: t does not escape
./align.go:20:11: u does not escape
