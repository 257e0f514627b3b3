./issue29504.go:2118:18: f does not escape
./issue29504.go:2123:7: moved to heap: pcs
./issue29504.go:2119:8: func literal does not escape
./issue29504.go:2121:9: "did not panic" escapes to heap
./issue29504.go:2129:22: ... argument does not escape
./issue29504.go:2129:42: frame.File escapes to heap
./issue29504.go:2129:54: frame.Line escapes to heap
./issue29504.go:2129:66: frame.Function escapes to heap
./issue29504.go:2135:14: ... argument does not escape
./issue29504.go:2135:15: buf escapes to heap
./issue29504.go:1004:7: moved to heap: a
./issue29504.go:1203:7: moved to heap: a
./issue29504.go:1404:7: moved to heap: a
./issue29504.go:1603:7: moved to heap: a
./issue29504.go:21:14: func literal does not escape
./issue29504.go:102:14: func literal does not escape
./issue29504.go:202:14: func literal does not escape
./issue29504.go:302:14: func literal does not escape
./issue29504.go:402:14: func literal does not escape
./issue29504.go:502:14: func literal does not escape
./issue29504.go:603:14: func literal does not escape
./issue29504.go:702:14: func literal does not escape
./issue29504.go:802:14: func literal does not escape
./issue29504.go:902:14: func literal does not escape
./issue29504.go:1003:14: func literal does not escape
./issue29504.go:1102:14: func literal does not escape
./issue29504.go:1202:14: func literal does not escape
./issue29504.go:1302:14: func literal does not escape
./issue29504.go:1403:14: func literal does not escape
./issue29504.go:1502:14: func literal does not escape
./issue29504.go:1602:14: func literal does not escape
./issue29504.go:1702:14: func literal does not escape
./issue29504.go:1803:14: func literal does not escape
./issue29504.go:1902:14: func literal does not escape
./issue29504.go:2002:14: func literal does not escape
./issue29504.go:2104:8: "ERRORS" escapes to heap
