./bug011.go:14:7: t does not escape
./bug011.go:19:16: new(T) does not escape
