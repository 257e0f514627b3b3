./bug296.go:80:12: desc does not escape
