./powser1.go:52:10: new(dch) escapes to heap
./powser1.go:60:11: new(dch2) escapes to heap
./powser1.go:92:19: dosplit ignoring self-assignment in out[0], out[1] = out[1], out[0]
./powser1.go:92:19: dosplit ignoring self-assignment in out[0], out[1] = out[1], out[0]
./powser1.go:80:14: leaking param: in
./powser1.go:80:23: leaking param: out
./powser1.go:80:34: wait does not escape
./powser1.go:110:12: leaking param: in
./powser1.go:110:21: leaking param: out
./powser1.go:116:19: out does not escape
./powser1.go:121:10: in does not escape
./powser1.go:129:11: leaking param content: in
./powser1.go:132:8: "bad n in getn" escapes to heap
./powser1.go:134:12: new([2]chan int) does not escape
./powser1.go:135:12: new([2]chan rat) does not escape
./powser1.go:136:13: make([]rat, 2) escapes to heap
./powser1.go:166:11: leaking param content: in0
./powser1.go:166:21: leaking param content: in1
./powser1.go:167:20: []*dch{...} does not escape
./powser1.go:170:11: in does not escape
./powser1.go:170:20: out does not escape
./powser1.go:177:22: out does not escape
./powser1.go:274:8: "zero divide in inv" escapes to heap
./powser1.go:280:19: U does not escape
./powser1.go:296:13: U does not escape
./powser1.go:310:18: U does not escape
./powser1.go:327:12: leaking param: U
./powser1.go:334:10: leaking param: U
./powser1.go:334:13: leaking param: V
./powser1.go:336:5: func literal escapes to heap
./powser1.go:359:18: leaking param: U
./powser1.go:361:5: func literal escapes to heap
./powser1.go:379:10: leaking param: U
./powser1.go:379:13: leaking param: V
./powser1.go:385:13: leaking param: U
./powser1.go:385:19: moved to heap: n
./powser1.go:387:5: func literal escapes to heap
./powser1.go:398:11: leaking param: U
./powser1.go:410:17: moved to heap: n
./powser1.go:412:5: func literal escapes to heap
./powser1.go:424:19: leaking param: U
./powser1.go:426:5: func literal escapes to heap
./powser1.go:459:10: leaking param: U
./powser1.go:459:13: leaking param: V
./powser1.go:461:5: func literal escapes to heap
./powser1.go:481:11: leaking param: U
./powser1.go:483:5: func literal escapes to heap
./powser1.go:504:19: leaking param: U
./powser1.go:506:5: func literal escapes to heap
./powser1.go:524:12: moved to heap: c
./powser1.go:526:5: func literal escapes to heap
./powser1.go:548:12: leaking param: U
./powser1.go:550:5: func literal escapes to heap
./powser1.go:568:10: leaking param: U
./powser1.go:580:12: leaking param: U
./powser1.go:580:15: leaking param: V
./powser1.go:582:5: func literal escapes to heap
./powser1.go:601:15: leaking param: U
./powser1.go:603:5: func literal escapes to heap
./powser1.go:634:12: U does not escape
./powser1.go:634:36: leaking param: str
./powser1.go:643:10: str escapes to heap
./powser1.go:650:13: U does not escape
./powser1.go:650:19: a does not escape
./powser1.go:650:28: leaking param: str
./powser1.go:685:12: make([]rat, N) does not escape
