./bug327.go:21:8: a(1) does not escape
