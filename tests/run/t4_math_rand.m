./t4_math_rand.go:13:48: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./t4_math_rand.go:13:48: main.func1 ignoring self-assignment in s[i], s[j] = s[j], s[i]
./t4_math_rand.go:10:13: ... argument does not escape
./t4_math_rand.go:10:19: (*rand.Rand).Int(r) escapes to heap
./t4_math_rand.go:10:29: (*rand.Rand).Intn(r, 100) escapes to heap
./t4_math_rand.go:10:43: (*rand.Rand).Int63(r) escapes to heap
./t4_math_rand.go:10:55: (*rand.Rand).Uint32(r) escapes to heap
./t4_math_rand.go:10:68: (*rand.Rand).Float64(r) escapes to heap
./t4_math_rand.go:10:80: (*rand.Rand).Int31n(r, 10) escapes to heap
./t4_math_rand.go:11:13: ... argument does not escape
./t4_math_rand.go:11:20: (*rand.Rand).Perm(r, 8) escapes to heap
./t4_math_rand.go:12:15: []string{...} escapes to heap
./t4_math_rand.go:13:20: func literal does not escape
./t4_math_rand.go:14:13: ... argument does not escape
./t4_math_rand.go:14:13: s escapes to heap
./t4_math_rand.go:14:30: (*rand.Rand).NormFloat64(r) escapes to heap
./t4_math_rand.go:14:46: (*rand.Rand).ExpFloat64(r) escapes to heap
./t4_math_rand.go:16:13: ... argument does not escape
./t4_math_rand.go:16:23: rand.Intn(1000) escapes to heap
./t4_math_rand.go:16:40: rand.Intn(1000) escapes to heap
./t4_math_rand.go:16:60: rand.Float32() escapes to heap
./t4_math_rand.go:17:14: make([]int, 5) escapes to heap
./t4_math_rand.go:21:13: ... argument does not escape
./t4_math_rand.go:21:13: hist escapes to heap
./t4_math_rand.go:23:13: ... argument does not escape
./t4_math_rand.go:23:22: (*rand.Zipf).Uint64(z) escapes to heap
./t4_math_rand.go:23:34: (*rand.Zipf).Uint64(z) escapes to heap
./t4_math_rand.go:23:46: (*rand.Zipf).Uint64(z) escapes to heap
