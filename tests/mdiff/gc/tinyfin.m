./tinyfin.go:28:32: p does not escape
./tinyfin.go:25:11: new(int32) escapes to heap
./tinyfin.go:28:27: func literal escapes to heap
./tinyfin.go:34:14: make([]bool, N) does not escape
./tinyfin.go:40:9: "not all finalizers are called" escapes to heap
./tinyfin.go:47:10: "corrupted" escapes to heap
./tinyfin.go:51:10: "already finalized" escapes to heap
