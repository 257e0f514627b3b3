./deferfin.go:43:33: p does not escape
./deferfin.go:27:2: moved to heap: count
./deferfin.go:28:6: moved to heap: wg
./deferfin.go:31:6: func literal escapes to heap
./deferfin.go:33:12: new(string) escapes to heap
./deferfin.go:34:9: func literal escapes to heap
./deferfin.go:36:11: "oops" escapes to heap
./deferfin.go:43:28: func literal escapes to heap
./deferfin.go:56:8: "not all finalizers are called" escapes to heap
