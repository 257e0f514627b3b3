./issue5493.go:27:33: f does not escape
./issue5493.go:21:2: moved to heap: f1
./issue5493.go:21:8: func literal escapes to heap
./issue5493.go:22:8: func literal escapes to heap
./issue5493.go:23:3: func literal does not escape
./issue5493.go:27:28: func literal escapes to heap
./issue5493.go:41:6: moved to heap: wg
./issue5493.go:44:6: func literal escapes to heap
./issue5493.go:56:8: "not all finalizers are called" escapes to heap
