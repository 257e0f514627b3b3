./powser2.go:33:7: u does not escape
./powser2.go:42:7: u does not escape
./powser2.go:42:18: c does not escape
./powser2.go:62:10: new(dch) escapes to heap
./powser2.go:70:11: new(dch2) escapes to heap
./powser2.go:102:19: dosplit ignoring self-assignment in out[0], out[1] = out[1], out[0]
./powser2.go:102:19: dosplit ignoring self-assignment in out[0], out[1] = out[1], out[0]
./powser2.go:90:14: leaking param: in
./powser2.go:90:23: leaking param: out
./powser2.go:90:34: wait does not escape
./powser2.go:120:12: leaking param: in
./powser2.go:120:21: leaking param: out
./powser2.go:126:10: leaking param: dat
./powser2.go:126:20: out does not escape
./powser2.go:131:10: in does not escape
./powser2.go:139:11: leaking param content: in
./powser2.go:142:8: "bad n in getn" escapes to heap
./powser2.go:144:13: make([]chan int, 2) does not escape
./powser2.go:145:13: make([]chan item, 2) does not escape
./powser2.go:146:13: make([]item, 2) escapes to heap
./powser2.go:176:11: leaking param content: in0
./powser2.go:176:21: leaking param content: in1
./powser2.go:177:20: []*dch{...} does not escape
./powser2.go:180:11: in does not escape
./powser2.go:180:20: out does not escape
./powser2.go:187:13: leaking param: dat
./powser2.go:187:23: out does not escape
./powser2.go:229:10: new(rat) escapes to heap
./powser2.go:251:10: u does not escape
./powser2.go:260:10: u does not escape
./powser2.go:260:13: v does not escape
./powser2.go:265:10: u does not escape
./powser2.go:265:13: v does not escape
./powser2.go:268:10: new(rat) escapes to heap
./powser2.go:274:10: u does not escape
./powser2.go:278:10: u does not escape
./powser2.go:278:13: v does not escape
./powser2.go:282:10: u does not escape
./powser2.go:284:8: "zero divide in inv" escapes to heap
./powser2.go:290:12: c does not escape
./powser2.go:290:20: U does not escape
./powser2.go:306:13: U does not escape
./powser2.go:319:12: U does not escape
./powser2.go:324:11: c does not escape
./powser2.go:324:19: U does not escape
./powser2.go:341:12: leaking param: U
./powser2.go:348:10: leaking param: U
./powser2.go:348:13: leaking param: V
./powser2.go:350:10: leaking param content: U
./powser2.go:350:13: leaking param content: V
./powser2.go:350:16: Z does not escape
./powser2.go:350:5: func literal escapes to heap
./powser2.go:373:11: leaking param: c
./powser2.go:373:19: leaking param: U
./powser2.go:375:10: c does not escape
./powser2.go:375:18: U does not escape
./powser2.go:375:21: Z does not escape
./powser2.go:375:5: func literal escapes to heap
./powser2.go:393:10: leaking param: U
./powser2.go:393:13: leaking param: V
./powser2.go:399:13: leaking param: U
./powser2.go:401:17: U does not escape
./powser2.go:401:23: Z does not escape
./powser2.go:401:5: func literal escapes to heap
./powser2.go:412:11: leaking param: U
./powser2.go:416:10: leaking param: c
./powser2.go:424:10: leaking param: c
./powser2.go:426:10: leaking param: c
./powser2.go:426:25: Z does not escape
./powser2.go:426:5: func literal escapes to heap
./powser2.go:438:12: leaking param: c
./powser2.go:438:20: leaking param: U
./powser2.go:440:10: leaking param: c
./powser2.go:440:18: U does not escape
./powser2.go:440:21: Z does not escape
./powser2.go:440:5: func literal escapes to heap
./powser2.go:473:10: leaking param: U
./powser2.go:473:13: leaking param: V
./powser2.go:475:10: leaking param: U
./powser2.go:475:13: leaking param: V
./powser2.go:475:16: Z does not escape
./powser2.go:475:5: func literal escapes to heap
./powser2.go:495:11: leaking param: U
./powser2.go:497:10: U does not escape
./powser2.go:497:13: Z does not escape
./powser2.go:497:5: func literal escapes to heap
./powser2.go:518:12: leaking param: c
./powser2.go:518:20: leaking param: U
./powser2.go:520:10: leaking param: c
./powser2.go:520:18: U does not escape
./powser2.go:520:21: Z does not escape
./powser2.go:520:5: func literal escapes to heap
./powser2.go:538:12: leaking param: c
./powser2.go:540:10: c does not escape
./powser2.go:540:18: Z does not escape
./powser2.go:540:5: func literal escapes to heap
./powser2.go:562:12: leaking param: U
./powser2.go:564:10: leaking param: U
./powser2.go:564:13: Z does not escape
./powser2.go:564:5: func literal escapes to heap
./powser2.go:582:10: leaking param: U
./powser2.go:594:12: leaking param: U
./powser2.go:594:15: leaking param: V
./powser2.go:596:10: leaking param: U
./powser2.go:596:13: leaking param: V
./powser2.go:596:16: Z does not escape
./powser2.go:596:5: func literal escapes to heap
./powser2.go:615:15: leaking param: U
./powser2.go:615:21: leaking param: c0
./powser2.go:617:10: U does not escape
./powser2.go:617:13: Z does not escape
./powser2.go:617:19: c0 does not escape
./powser2.go:617:5: func literal escapes to heap
./powser2.go:648:12: U does not escape
./powser2.go:648:18: c does not escape
./powser2.go:648:37: leaking param: str
./powser2.go:657:10: str escapes to heap
./powser2.go:664:13: U does not escape
./powser2.go:664:19: a does not escape
./powser2.go:664:29: leaking param: str
./powser2.go:699:12: make([]*rat, N) does not escape
