./copy.go:86:17: string(input8) escapes to heap
./copy.go:121:11: leaking param: state
./copy.go:122:12: ... argument does not escape
./copy.go:122:13: state escapes to heap
./copy.go:122:13: length escapes to heap
./copy.go:122:13: in escapes to heap
./copy.go:122:13: out escapes to heap
./copy.go:125:10: output8[i] escapes to heap
./copy.go:126:8: uint8(i + 13) escapes to heap
./copy.go:126:8: input8 escapes to heap
./copy.go:126:8: output8 escapes to heap
./copy.go:134:13: ... argument does not escape
./copy.go:134:14: length escapes to heap
./copy.go:134:14: in escapes to heap
./copy.go:134:14: out escapes to heap
./copy.go:134:14: m escapes to heap
./copy.go:134:14: n escapes to heap
./copy.go:162:11: leaking param: state
./copy.go:163:12: ... argument does not escape
./copy.go:163:13: state escapes to heap
./copy.go:163:13: length escapes to heap
./copy.go:163:13: in escapes to heap
./copy.go:163:13: out escapes to heap
./copy.go:166:10: outputS[i] escapes to heap
./copy.go:167:8: uint8(i + 13) escapes to heap
./copy.go:167:8: inputS escapes to heap
./copy.go:167:8: outputS escapes to heap
./copy.go:175:13: ... argument does not escape
./copy.go:175:14: length escapes to heap
./copy.go:175:14: in escapes to heap
./copy.go:175:14: out escapes to heap
./copy.go:175:14: m escapes to heap
./copy.go:175:14: n escapes to heap
./copy.go:203:12: leaking param: state
./copy.go:204:12: ... argument does not escape
./copy.go:204:13: state escapes to heap
./copy.go:204:13: length escapes to heap
./copy.go:204:13: in escapes to heap
./copy.go:204:13: out escapes to heap
./copy.go:207:11: output16[i] escapes to heap
./copy.go:208:9: uint16(i + 13) escapes to heap
./copy.go:208:9: input16 escapes to heap
./copy.go:208:9: output16 escapes to heap
./copy.go:216:13: ... argument does not escape
./copy.go:216:14: length escapes to heap
./copy.go:216:14: in escapes to heap
./copy.go:216:14: out escapes to heap
./copy.go:216:14: m escapes to heap
./copy.go:216:14: n escapes to heap
./copy.go:244:12: leaking param: state
./copy.go:245:12: ... argument does not escape
./copy.go:245:13: state escapes to heap
./copy.go:245:13: length escapes to heap
./copy.go:245:13: in escapes to heap
./copy.go:245:13: out escapes to heap
./copy.go:248:11: output32[i] escapes to heap
./copy.go:249:9: uint32(i + 13) escapes to heap
./copy.go:249:9: input32 escapes to heap
./copy.go:249:9: output32 escapes to heap
./copy.go:257:13: ... argument does not escape
./copy.go:257:14: length escapes to heap
./copy.go:257:14: in escapes to heap
./copy.go:257:14: out escapes to heap
./copy.go:257:14: m escapes to heap
./copy.go:257:14: n escapes to heap
./copy.go:285:12: leaking param: state
./copy.go:286:12: ... argument does not escape
./copy.go:286:13: state escapes to heap
./copy.go:286:13: length escapes to heap
./copy.go:286:13: in escapes to heap
./copy.go:286:13: out escapes to heap
./copy.go:289:11: output64[i] escapes to heap
./copy.go:290:9: uint64(i + 13) escapes to heap
./copy.go:290:9: input64 escapes to heap
./copy.go:290:9: output64 escapes to heap
./copy.go:298:13: ... argument does not escape
./copy.go:298:14: length escapes to heap
./copy.go:298:14: in escapes to heap
./copy.go:298:14: out escapes to heap
./copy.go:298:14: m escapes to heap
./copy.go:298:14: n escapes to heap
./copy.go:18:18: make([]uint8, N) escapes to heap
./copy.go:19:19: make([]uint8, N) escapes to heap
./copy.go:20:19: make([]uint16, N) escapes to heap
./copy.go:21:20: make([]uint16, N) escapes to heap
./copy.go:22:19: make([]uint32, N) escapes to heap
./copy.go:23:20: make([]uint32, N) escapes to heap
./copy.go:24:19: make([]uint64, N) escapes to heap
./copy.go:25:20: make([]uint64, N) escapes to heap
./copy.go:27:19: make([]uint8, N) escapes to heap
