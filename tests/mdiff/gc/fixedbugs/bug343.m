./bug343.go:11:14: data does not escape
./bug343.go:11:43: leaking param content: keys
./bug343.go:12:32: map[string]string{} escapes to heap
./bug343.go:22:37: map[string]interface {}{...} does not escape
./bug343.go:22:41: "y" escapes to heap
./bug343.go:22:14: ... argument does not escape
