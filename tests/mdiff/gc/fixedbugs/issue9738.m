./issue9738.go:10:8: func literal does not escape
