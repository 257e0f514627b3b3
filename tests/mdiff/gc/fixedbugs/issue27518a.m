./issue27518a.go:18:10: new([32]*int) escapes to heap
./issue27518a.go:23:8: func literal does not escape
