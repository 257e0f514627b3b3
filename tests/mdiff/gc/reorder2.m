./reorder2.go:97:8: devirtualizing i.a to T1
./reorder2.go:97:19: devirtualizing i.b to T1
./reorder2.go:97:31: devirtualizing i.b to T1
./reorder2.go:97:43: devirtualizing i.b to T1
./reorder2.go:189:9: devirtualizing i.a to T1
./reorder2.go:189:20: devirtualizing i.b to T1
./reorder2.go:189:32: devirtualizing i.b to T1
./reorder2.go:189:44: devirtualizing i.b to T1
./reorder2.go:219:9: devirtualizing i.a to T1
./reorder2.go:219:20: devirtualizing i.b to T1
./reorder2.go:219:32: devirtualizing i.b to T1
./reorder2.go:219:44: devirtualizing i.b to T1
./reorder2.go:246:9: devirtualizing i.a to T1
./reorder2.go:246:20: devirtualizing i.b to T1
./reorder2.go:246:32: devirtualizing i.b to T1
./reorder2.go:246:44: devirtualizing i.b to T1
./reorder2.go:275:9: devirtualizing i.a to T1
./reorder2.go:275:20: devirtualizing i.b to T1
./reorder2.go:275:32: devirtualizing i.b to T1
./reorder2.go:275:44: devirtualizing i.b to T1
./reorder2.go:303:9: devirtualizing i.a to T1
./reorder2.go:303:20: devirtualizing i.b to T1
./reorder2.go:303:32: devirtualizing i.b to T1
./reorder2.go:303:44: devirtualizing i.b to T1
./reorder2.go:331:9: devirtualizing i.a to T1
./reorder2.go:331:20: devirtualizing i.b to T1
./reorder2.go:331:32: devirtualizing i.b to T1
./reorder2.go:331:44: devirtualizing i.b to T1
./reorder2.go:15:15: s does not escape
./reorder2.go:16:18: "a(" + s + ")" escapes to heap
./reorder2.go:20:13: leaking param: s to result ~r0 level=0
./reorder2.go:21:18: "b(" + s + ")" escapes to heap
./reorder2.go:27:8: s does not escape
./reorder2.go:28:18: "a(" + s + ")" escapes to heap
./reorder2.go:32:8: leaking param: s to result ~r0 level=0
./reorder2.go:33:18: "b(" + s + ")" escapes to heap
./reorder2.go:44:15: s does not escape
./reorder2.go:45:18: "a(" + s + ")" escapes to heap
./reorder2.go:46:9: t escapes to heap
./reorder2.go:49:13: leaking param: s to result ~r0 level=0
./reorder2.go:50:18: "b(" + s + ")" escapes to heap
./reorder2.go:57:8: x does not escape
./reorder2.go:57:11: y does not escape
./reorder2.go:58:29: "f(" + x + ", " + y + ")" escapes to heap
./reorder2.go:62:9: x does not escape
./reorder2.go:62:12: y does not escape
./reorder2.go:63:30: "ff(" + x + ", " + y + ")" escapes to heap
./reorder2.go:66:8: leaking param: x to result ~r0 level=0
./reorder2.go:67:18: "h(" + x + ")" escapes to heap
./reorder2.go:72:8: leaking param: x to result ~r0 level=0
./reorder2.go:73:18: "g(" + x + ")" escapes to heap
./reorder2.go:96:6: T1(0) does not escape
./reorder2.go:109:38: TT.b(.autotmp_14, "3") + TT.b(.autotmp_15, "5") does not escape
./reorder2.go:115:26: TT.b(.autotmp_17, "5") + TT.b(.autotmp_19, "3") does not escape
./reorder2.go:145:17: g("1") + g("2") does not escape
./reorder2.go:151:17: g("1") + h("2") does not escape
./reorder2.go:157:17: h("1") + g("2") does not escape
./reorder2.go:163:17: h("1") + h("2") does not escape
./reorder2.go:188:7: T1(0) does not escape
./reorder2.go:218:7: T1(0) does not escape
./reorder2.go:245:7: T1(0) does not escape
./reorder2.go:274:7: T1(0) does not escape
./reorder2.go:302:7: T1(0) does not escape
./reorder2.go:330:7: T1(0) does not escape
./reorder2.go:339:8: "fail" escapes to heap
