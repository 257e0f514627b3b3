./bug484.go:45:15: x does not escape
./bug484.go:35:6: func literal does not escape
