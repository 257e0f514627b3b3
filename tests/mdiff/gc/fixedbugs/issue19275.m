./issue19275.go:33:16: n does not escape
./issue19275.go:33:24: in does not escape
./issue19275.go:33:40: s does not escape
./issue19275.go:22:7: s does not escape
./issue19275.go:22:19: name does not escape
./issue19275.go:23:10: new(int) escapes to heap
./issue19275.go:25:34: s.M[name].Enabled does not escape
./issue19275.go:25:21: ... argument does not escape
./issue19275.go:26:25: ... argument does not escape
./issue19275.go:27:13: s.M[name].Enabled escapes to heap
./issue19275.go:41:7: &SI{...} does not escape
./issue19275.go:41:15: make(map[string]*PI) does not escape
./issue19275.go:42:15: &PI{} escapes to heap
./issue19275.go:47:8: b does not escape
./issue19275.go:47:17: i does not escape
./issue19275.go:55:8: x does not escape
./issue19275.go:55:17: m does not escape
./issue19275.go:56:17: *m["hello"] does not escape
./issue19275.go:63:2: moved to heap: x
./issue19275.go:62:11: make(map[string]*bool) does not escape
