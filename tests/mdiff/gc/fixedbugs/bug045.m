./bug045.go:16:10: new([1]*T) does not escape
