./bug450.go:15:10: f does not escape
./bug450.go:20:7: func literal does not escape
