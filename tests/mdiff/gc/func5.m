./func5.go:11:13: f does not escape
./func5.go:11:45: c does not escape
./func5.go:15:13: leaking param: f
./func5.go:21:11: f does not escape
./func5.go:25:12: f does not escape
./func5.go:41:21: c does not escape
./func5.go:52:8: "fail" escapes to heap
./func5.go:82:20: c does not escape
./func5.go:71:13: func literal does not escape
./func5.go:72:14: func literal does not escape
./func5.go:82:5: func literal escapes to heap
