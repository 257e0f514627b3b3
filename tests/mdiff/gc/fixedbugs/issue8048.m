./issue8048.go:47:12: make([]int, 1) does not escape
./issue8048.go:25:8: func literal does not escape
./issue8048.go:58:8: func literal does not escape
./issue8048.go:65:12: make([]int, 1) does not escape
./issue8048.go:102:11: new(int) does not escape
./issue8048.go:75:8: func literal does not escape
