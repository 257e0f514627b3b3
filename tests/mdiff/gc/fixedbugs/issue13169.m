./issue13169.go:32:6: func literal escapes to heap
./issue13169.go:34:13: new(T) escapes to heap
./issue13169.go:38:6: func literal escapes to heap
