./issue15902.go:18:8: t does not escape
