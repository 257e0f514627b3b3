./bug375.go:12:6: "hello" does not escape
