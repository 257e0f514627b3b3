./bug023.go:17:7: i does not escape
