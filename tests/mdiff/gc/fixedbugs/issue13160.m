./issue13160.go:24:14: make([]*int, p) escapes to heap
./issue13160.go:26:16: new(int) escapes to heap
./issue13160.go:30:18: make([]*int, p) escapes to heap
./issue13160.go:38:6: func literal escapes to heap
./issue13160.go:56:6: func literal escapes to heap
./issue13160.go:61:23: fmt.Sprintf("bad pointer read %p!", ... argument...) escapes to heap
./issue13160.go:61:23: ... argument does not escape
