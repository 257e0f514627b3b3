./bug047.go:20:9: M{...} does not escape
