./bug378.go:18:25: X{} does not escape
