./issue5515.go:32:11: leaking param: data
./issue5515.go:14:18: make([]T, 8) escapes to heap
./issue5515.go:17:13: rs escapes to heap
./issue5515.go:24:14: Slice.Swap ignoring self-assignment in s[i] = s[j]
./issue5515.go:22:7: s does not escape
