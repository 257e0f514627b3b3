./closure2.go:76:7: moved to heap: i
./closure2.go:90:3: moved to heap: q
./closure2.go:106:3: moved to heap: q
./closure2.go:20:3: func literal does not escape
./closure2.go:24:9: "x.v != 1" escapes to heap
./closure2.go:31:3: func literal does not escape
./closure2.go:35:9: "y.v != 1" escapes to heap
./closure2.go:44:3: func literal does not escape
./closure2.go:50:9: "z.a[1] != 1" escapes to heap
./closure2.go:57:8: func literal does not escape
./closure2.go:59:10: "w != 1" escapes to heap
./closure2.go:62:3: func literal does not escape
./closure2.go:65:4: func literal does not escape
./closure2.go:66:5: func literal does not escape
./closure2.go:78:9: func literal escapes to heap
./closure2.go:84:9: "g() != 1" escapes to heap
./closure2.go:93:8: func literal escapes to heap
./closure2.go:99:9: "g() != 2" escapes to heap
./closure2.go:107:9: func literal does not escape
./closure2.go:111:8: func literal escapes to heap
./closure2.go:117:9: "g() != 2" escapes to heap
./closure2.go:124:13: func literal does not escape
./closure2.go:126:8: func literal does not escape
./closure2.go:129:9: "g() != 1" escapes to heap
