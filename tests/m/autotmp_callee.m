./autotmp_callee.go:10:42: func literal escapes to heap
./autotmp_callee.go:15:13: ... argument does not escape
./autotmp_callee.go:15:22: .autotmp_2(b) escapes to heap
./autotmp_callee.go:16:13: ... argument does not escape
./autotmp_callee.go:16:23: T.get(.autotmp_3, 4) escapes to heap
./autotmp_callee.go:17:17: ... argument does not escape
./autotmp_callee.go:17:17: .autotmp_4 escapes to heap
./autotmp_callee.go:17:17: .autotmp_5 escapes to heap
./autotmp_callee.go:18:13: ... argument does not escape
./autotmp_callee.go:18:13: s escapes to heap
./autotmp_callee.go:18:26: .autotmp_8(T.get(.autotmp_7, 1)) escapes to heap
