./issue8613.go:26:16: test does not escape
./issue8613.go:26:29: fn does not escape
./issue8613.go:27:8: func literal does not escape
./issue8613.go:29:10: test + ": expected panic" escapes to heap
./issue8613.go:29:15: test + ": expected panic" escapes to heap
./issue8613.go:13:21: func literal does not escape
./issue8613.go:16:21: func literal does not escape
./issue8613.go:19:21: func literal does not escape
./issue8613.go:23:21: func literal does not escape
