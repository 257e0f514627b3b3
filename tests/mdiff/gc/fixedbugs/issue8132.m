./issue8132.go:17:2: func literal does not escape
./issue8132.go:18:9: func literal does not escape
./issue8132.go:23:3: func literal does not escape
./issue8132.go:24:10: func literal does not escape
