./bug059.go:11:8: a does not escape
./bug059.go:17:19: `"` + a[i] + `"` escapes to heap
./bug059.go:24:11: make(map[string][]string) does not escape
./bug059.go:25:11: new([2]string) escapes to heap
