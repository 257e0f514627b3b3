./conv_positions.go:16:12: []int{...} does not escape
./conv_positions.go:19:8: f(3) escapes to heap
./conv_positions.go:20:11: len(s) escapes to heap
./conv_positions.go:21:9: s[x] escapes to heap
./conv_positions.go:22:7: st.a escapes to heap
./conv_positions.go:23:8: -x escapes to heap
./conv_positions.go:24:12: x + f(2) escapes to heap
./conv_positions.go:25:2: 7 escapes to heap
./conv_positions.go:26:9: T(x) escapes to heap
./conv_positions.go:27:27: map[interface {}]int{} does not escape
./conv_positions.go:28:6: f(3) escapes to heap
./conv_positions.go:29:7: s[x] escapes to heap
./conv_positions.go:30:5: st.a escapes to heap
./conv_positions.go:31:5: x escapes to heap
./conv_positions.go:32:2: "k" escapes to heap
./conv_positions.go:33:9: x does not escape
./conv_positions.go:34:13: x does not escape
./conv_positions.go:35:6: T(1) escapes to heap
./conv_positions.go:37:13: ... argument does not escape
./conv_positions.go:37:17: I.m(t) escapes to heap
./conv_positions.go:37:17: t escapes to heap
./conv_positions.go:37:25: I.m(i) escapes to heap
./conv_positions.go:37:33: len(c) escapes to heap
./conv_positions.go:37:41: len(mi) escapes to heap
./conv_positions.go:38:8: func literal does not escape
./conv_positions.go:39:14: ... argument does not escape
./conv_positions.go:41:13: 3 escapes to heap
./conv_positions.go:43:9: st.a escapes to heap
