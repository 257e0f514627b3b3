./escape.go:19:14: leaking param: p
./escape.go:19:17: leaking param: q
./escape.go:19:25: s does not escape
./escape.go:36:10: p does not escape
./escape.go:36:13: q does not escape
./escape.go:36:28: s does not escape
./escape.go:47:10: leaking param: p
./escape.go:47:13: leaking param: q
./escape.go:47:28: s does not escape
./escape.go:52:15: p does not escape
./escape.go:52:18: q does not escape
./escape.go:52:33: s does not escape
./escape.go:64:6: moved to heap: i
./escape.go:70:6: moved to heap: j
./escape.go:76:2: moved to heap: k
./escape.go:80:17: moved to heap: x
./escape.go:84:11: c does not escape
./escape.go:92:7: moved to heap: req
./escape.go:107:8: moved to heap: req
./escape.go:117:9: moved to heap: v
./escape.go:129:9: moved to heap: v
./escape.go:139:6: moved to heap: i
./escape.go:150:11: new(int) escapes to heap
./escape.go:152:10: func literal escapes to heap
./escape.go:158:26: moved to heap: x
./escape.go:164:28: moved to heap: x
./escape.go:169:21: moved to heap: x
./escape.go:171:5: func literal escapes to heap
./escape.go:222:8: "BUG: no escape" escapes to heap
./escape.go:17:18: make([]*int, 0, 100) escapes to heap
