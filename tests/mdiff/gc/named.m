./named.go:38:14: x does not escape
./named.go:39:13: x does not escape
./named.go:40:13: x does not escape
./named.go:41:14: x does not escape
./named.go:42:12: x does not escape
./named.go:43:12: x does not escape
./named.go:44:14: x does not escape
./named.go:45:15: x does not escape
./named.go:54:22: make(Map) does not escape
./named.go:55:22: make(Slice, 10) does not escape
./named.go:60:9: a does not escape
./named.go:62:10: *(&a) does not escape
./named.go:64:15: Array{} does not escape
./named.go:67:8: b does not escape
./named.go:69:9: !b does not escape
./named.go:72:9: *(&b) does not escape
./named.go:74:13: Bool(true) does not escape
./named.go:86:9: f does not escape
./named.go:88:10: -f does not escape
./named.go:90:10: +f does not escape
./named.go:92:12: f + 1 does not escape
./named.go:94:12: 1 + f does not escape
./named.go:96:12: f + f does not escape
./named.go:100:12: f - 1 does not escape
./named.go:102:12: 1 - f does not escape
./named.go:104:12: f - f does not escape
./named.go:108:12: f * 2.5 does not escape
./named.go:110:14: 2.5 * f does not escape
./named.go:112:12: f * f does not escape
./named.go:115:12: f / 2.5 does not escape
./named.go:117:14: 2.5 / f does not escape
./named.go:119:12: f / f does not escape
./named.go:122:9: f does not escape
./named.go:125:10: *(&f) does not escape
./named.go:128:15: Float(234) does not escape
./named.go:131:15: Float(i) does not escape
./named.go:134:7: i does not escape
./named.go:136:8: -i does not escape
./named.go:138:8: ^i does not escape
./named.go:140:8: +i does not escape
./named.go:142:10: i + 1 does not escape
./named.go:144:10: 1 + i does not escape
./named.go:146:10: i + i does not escape
./named.go:150:10: i - 1 does not escape
./named.go:152:10: 1 - i does not escape
./named.go:154:10: i - i does not escape
./named.go:158:10: i * 2 does not escape
./named.go:160:10: 2 * i does not escape
./named.go:162:10: i * i does not escape
./named.go:165:10: i / 5 does not escape
./named.go:167:10: 5 / i does not escape
./named.go:169:10: i / i does not escape
./named.go:172:10: i % 5 does not escape
./named.go:174:10: 5 % i does not escape
./named.go:176:10: i % i does not escape
./named.go:179:10: i & 5 does not escape
./named.go:181:10: 5 & i does not escape
./named.go:183:10: i & i does not escape
./named.go:186:10: i &^ 5 does not escape
./named.go:188:10: 5 &^ i does not escape
./named.go:190:10: i &^ i does not escape
./named.go:193:10: i | 5 does not escape
./named.go:195:10: 5 | i does not escape
./named.go:197:10: i | i does not escape
./named.go:200:10: i ^ 5 does not escape
./named.go:202:10: 5 ^ i does not escape
./named.go:204:10: i ^ i does not escape
./named.go:207:10: i << 4 does not escape
./named.go:210:10: i >> 4 does not escape
./named.go:213:7: i does not escape
./named.go:216:11: Int(0) does not escape
./named.go:219:8: *(&i) does not escape
./named.go:222:11: Int(f) does not escape
./named.go:228:12: make(Map) does not escape
./named.go:229:12: make(Map) does not escape
./named.go:234:11: Map{} does not escape
./named.go:235:11: Map{} does not escape
./named.go:238:9: slice does not escape
./named.go:239:14: make(Slice, 5) does not escape
./named.go:240:14: make(Slice, 5) does not escape
./named.go:240:14: make(Slice, 5) does not escape
./named.go:241:16: []byte{...} does not escape
./named.go:242:16: []byte{...} does not escape
./named.go:244:15: slice[0:4] does not escape
./named.go:246:15: slice[3:8] does not escape
./named.go:249:15: Slice(nil) does not escape
./named.go:251:15: Slice{...} does not escape
./named.go:252:15: Slice{...} does not escape
./named.go:252:15: Slice{...} does not escape
./named.go:253:15: Slice{} does not escape
./named.go:254:15: Slice{} does not escape
./named.go:254:15: Slice{} does not escape
./named.go:256:10: *(&slice) does not escape
./named.go:259:10: str does not escape
./named.go:260:15: str + "a" does not escape
./named.go:261:15: str + "a" does not escape
./named.go:261:15: str + "a" does not escape
./named.go:262:15: "a" + str does not escape
./named.go:263:15: "a" + str does not escape
./named.go:263:15: "a" + str does not escape
./named.go:264:15: str + str does not escape
./named.go:265:15: str + str does not escape
./named.go:265:15: str + str does not escape
./named.go:269:17: String('a') does not escape
./named.go:270:17: String(([]byte)(slice)) does not escape
./named.go:271:17: String(([]byte)(slice)) does not escape
./named.go:271:17: String(([]byte)(slice)) does not escape
./named.go:272:17: String(([]byte)(nil)) does not escape
./named.go:273:17: String(([]byte)(nil)) does not escape
./named.go:273:17: String(([]byte)(nil)) does not escape
./named.go:276:17: String("hello") does not escape
./named.go:278:10: str does not escape
./named.go:280:11: *(&str) does not escape
