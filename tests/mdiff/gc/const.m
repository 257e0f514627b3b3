./const.go:43:21: leaking param: s
./const.go:45:9: s escapes to heap
./const.go:139:13: i1 does not escape
./const.go:139:29: i2 does not escape
./const.go:140:13: n does not escape
./const.go:141:20: n does not escape
./const.go:142:13: p does not escape
./const.go:142:21: i does not escape
./const.go:143:13: i does not escape
./const.go:143:28: p does not escape
./const.go:139:8: func literal does not escape
./const.go:140:8: func literal does not escape
./const.go:141:8: func literal does not escape
./const.go:142:8: func literal does not escape
./const.go:143:8: func literal does not escape
./const.go:158:26: (interface {})(5) does not escape
./const.go:158:36: five does not escape
./const.go:160:21: (interface {})(5) does not escape
./const.go:160:36: five does not escape
