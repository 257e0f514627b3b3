./closure7.go:9:8: f does not escape
./closure7.go:14:4: func literal does not escape
