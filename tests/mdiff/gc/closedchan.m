./closedchan.go:32:7: c does not escape
./closedchan.go:36:7: c does not escape
./closedchan.go:43:7: "nbsend" escapes to heap
./closedchan.go:46:7: c does not escape
./closedchan.go:50:7: c does not escape
./closedchan.go:57:7: "nbrecv" escapes to heap
./closedchan.go:60:7: c does not escape
./closedchan.go:65:7: c does not escape
./closedchan.go:72:7: "nbrecv2" escapes to heap
./closedchan.go:75:7: c does not escape
./closedchan.go:79:7: c does not escape
./closedchan.go:86:7: c does not escape
./closedchan.go:92:7: c does not escape
./closedchan.go:99:7: "nbsend" escapes to heap
./closedchan.go:102:7: c does not escape
./closedchan.go:107:7: "recv" escapes to heap
./closedchan.go:110:7: c does not escape
./closedchan.go:117:7: "nbrecv" escapes to heap
./closedchan.go:120:7: c does not escape
./closedchan.go:125:7: "recv" escapes to heap
./closedchan.go:128:7: c does not escape
./closedchan.go:135:7: "nbrecv" escapes to heap
./closedchan.go:138:7: c does not escape
./closedchan.go:142:7: c does not escape
./closedchan.go:151:7: c does not escape
./closedchan.go:158:7: c does not escape
./closedchan.go:166:7: "nbsend" escapes to heap
./closedchan.go:169:7: c does not escape
./closedchan.go:175:7: "recv" escapes to heap
./closedchan.go:178:7: c does not escape
./closedchan.go:186:7: "nbrecv" escapes to heap
./closedchan.go:189:7: c does not escape
./closedchan.go:195:7: "recv" escapes to heap
./closedchan.go:198:7: c does not escape
./closedchan.go:206:7: "nbrecv" escapes to heap
./closedchan.go:209:7: c does not escape
./closedchan.go:213:7: c does not escape
./closedchan.go:218:18: f does not escape
./closedchan.go:219:8: func literal does not escape
./closedchan.go:221:9: "did not panic" escapes to heap
./closedchan.go:227:12: leaking param: c
./closedchan.go:253:14: func literal does not escape
./closedchan.go:262:14: func literal does not escape
./closedchan.go:269:17: leaking param: c
./closedchan.go:279:17: leaking param: c
./closedchan.go:289:17: leaking param: c
./closedchan.go:299:17: leaking param: c
./closedchan.go:322:7: leaking param: c to result ~r0 level=0
./closedchan.go:323:7: leaking param: c to result ~r0 level=0
./closedchan.go:324:7: leaking param: c to result ~r0 level=0
./closedchan.go:346:14: func literal does not escape
./closedchan.go:352:14: func literal does not escape
