./issue48898.go:10:8: func literal does not escape
./issue48898.go:13:2: func literal does not escape
./issue48898.go:14:3: func literal does not escape
./issue48898.go:15:3: func literal does not escape
./issue48898.go:16:10: func literal does not escape
./issue48898.go:17:11: func literal does not escape
./issue48898.go:20:16: 3 escapes to heap
./issue48898.go:21:10: 2 escapes to heap
./issue48898.go:23:10: func literal does not escape
./issue48898.go:26:9: 1 escapes to heap
./issue48898.go:28:9: func literal does not escape
./issue48898.go:32:2: func literal does not escape
./issue48898.go:35:3: func literal does not escape
./issue48898.go:36:10: func literal does not escape
./issue48898.go:37:9: 4 escapes to heap
