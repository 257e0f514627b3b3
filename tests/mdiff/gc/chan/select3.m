./select3.go:18:7: "control flow shouldn't reach here" escapes to heap
./select3.go:22:16: signal does not escape
./select3.go:22:31: f does not escape
./select3.go:23:8: func literal does not escape
./select3.go:29:10: signal + " panic" escapes to heap
./select3.go:29:17: signal + " panic" escapes to heap
./select3.go:36:16: leaking param: signal
./select3.go:36:31: leaking param: f
./select3.go:38:5: func literal escapes to heap
./select3.go:42:5: func literal escapes to heap
./select3.go:54:9: signal + " block" escapes to heap
./select3.go:54:16: signal + " block" escapes to heap
./select3.go:65:20: func literal escapes to heap
./select3.go:68:20: func literal escapes to heap
./select3.go:73:19: func literal does not escape
./select3.go:80:19: func literal does not escape
./select3.go:89:19: func literal escapes to heap
./select3.go:95:19: func literal escapes to heap
./select3.go:98:10: "expected zero value when reading from closed channel" escapes to heap
./select3.go:102:10: "expected 0, false from closed channel" escapes to heap
./select3.go:108:20: func literal does not escape
./select3.go:113:20: func literal escapes to heap
./select3.go:119:20: func literal escapes to heap
./select3.go:124:20: func literal escapes to heap
./select3.go:130:20: func literal escapes to heap
./select3.go:136:20: func literal escapes to heap
./select3.go:146:20: func literal escapes to heap
./select3.go:155:19: func literal escapes to heap
./select3.go:160:19: func literal escapes to heap
./select3.go:167:19: func literal escapes to heap
./select3.go:176:19: func literal escapes to heap
./select3.go:184:19: func literal escapes to heap
./select3.go:195:19: func literal escapes to heap
./select3.go:200:19: func literal escapes to heap
./select3.go:206:19: func literal escapes to heap
./select3.go:212:20: func literal does not escape
./select3.go:219:20: func literal escapes to heap
