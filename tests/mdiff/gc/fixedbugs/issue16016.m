./issue16016.go:13:15: vals does not escape
./issue16016.go:27:12: &R{...} escapes to heap
./issue16016.go:27:15: &T{} escapes to heap
./issue16016.go:29:6: func literal escapes to heap
./issue16016.go:30:30: "meow" escapes to heap
./issue16016.go:30:29: []interface {}{...} escapes to heap
