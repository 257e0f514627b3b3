./func6.go:12:5: func literal does not escape
./func6.go:13:6: func literal does not escape
./func6.go:14:6: func literal does not escape
