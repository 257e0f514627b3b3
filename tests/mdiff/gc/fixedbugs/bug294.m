./bug294.go:75:8: devirtualizing i.a to T1
./bug294.go:75:19: devirtualizing i.b to T1
./bug294.go:75:31: devirtualizing i.b to T1
./bug294.go:75:43: devirtualizing i.b to T1
./bug294.go:15:14: s does not escape
./bug294.go:16:18: "a(" + s + ")" escapes to heap
./bug294.go:20:12: leaking param: s to result ~r0 level=0
./bug294.go:27:8: s does not escape
./bug294.go:28:18: "a(" + s + ")" escapes to heap
./bug294.go:32:8: leaking param: s to result ~r0 level=0
./bug294.go:44:15: s does not escape
./bug294.go:45:18: "a(" + s + ")" escapes to heap
./bug294.go:46:9: t escapes to heap
./bug294.go:49:13: leaking param: s to result ~r0 level=0
./bug294.go:74:6: T1(0) does not escape
