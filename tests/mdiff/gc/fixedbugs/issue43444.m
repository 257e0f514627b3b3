./issue43444.go:7:8: name does not escape
./issue43444.go:13:10: ... argument does not escape
./issue43444.go:13:11: x does not escape
./issue43444.go:14:10: ... argument does not escape
./issue43444.go:14:11: y does not escape
./issue43444.go:26:13: func literal does not escape
./issue43444.go:15:10: ... argument does not escape
./issue43444.go:15:11: z does not escape
./issue43444.go:16:9: func literal does not escape
