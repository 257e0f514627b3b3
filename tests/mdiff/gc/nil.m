./nil.go:50:18: f does not escape
./nil.go:51:8: func literal does not escape
./nil.go:53:9: "not panicking" escapes to heap
./nil.go:78:9: s escapes to heap
./nil.go:86:9: s escapes to heap
./nil.go:90:14: func literal does not escape
./nil.go:96:14: func literal does not escape
./nil.go:59:18: leaking param: f
./nil.go:60:5: func literal escapes to heap
./nil.go:62:8: "did not block" escapes to heap
./nil.go:110:14: func literal escapes to heap
./nil.go:113:14: func literal escapes to heap
./nil.go:116:14: func literal escapes to heap
./nil.go:122:13: len(ch) escapes to heap
./nil.go:125:13: cap(ch) escapes to heap
./nil.go:136:13: len(m) escapes to heap
./nil.go:139:9: m[1] escapes to heap
./nil.go:142:19: fmt.Sprint(... argument...) escapes to heap
./nil.go:142:19: ... argument does not escape
./nil.go:142:19: x escapes to heap
./nil.go:142:19: ok escapes to heap
./nil.go:146:9: k escapes to heap
./nil.go:147:9: v escapes to heap
./nil.go:154:14: func literal does not escape
./nil.go:166:13: len(x) escapes to heap
./nil.go:169:13: cap(x) escapes to heap
./nil.go:174:14: func literal does not escape
./nil.go:177:14: func literal does not escape
./nil.go:39:11: make([]IN, 1) does not escape
