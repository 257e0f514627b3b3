./ddd.go:11:10: args does not escape
./ddd.go:19:11: args does not escape
./ddd.go:19:37: func literal does not escape
./ddd.go:21:17: args does not escape
./ddd.go:23:50: args does not escape
./ddd.go:23:45: func literal escapes to heap
./ddd.go:25:17: leaking param: args
./ddd.go:25:50: func literal escapes to heap
./ddd.go:27:11: args does not escape
./ddd.go:35:11: args does not escape
./ddd.go:37:11: args does not escape
./ddd.go:39:11: args does not escape
./ddd.go:41:11: args does not escape
./ddd.go:43:15: args does not escape
./ddd.go:53:9: args does not escape
./ddd.go:55:10: args does not escape
./ddd.go:57:15: args does not escape
./ddd.go:193:6: moved to heap: u
./ddd.go:68:13: ... argument does not escape
./ddd.go:70:8: "fail" escapes to heap
./ddd.go:74:8: "fail" escapes to heap
./ddd.go:76:13: ... argument does not escape
./ddd.go:78:8: "fail" escapes to heap
./ddd.go:80:13: ... argument does not escape
./ddd.go:82:8: "fail" escapes to heap
./ddd.go:84:14: ... argument does not escape
./ddd.go:86:8: "fail" escapes to heap
./ddd.go:88:14: ... argument escapes to heap
./ddd.go:90:8: "fail" escapes to heap
./ddd.go:92:14: ... argument escapes to heap
./ddd.go:94:8: "fail" escapes to heap
./ddd.go:96:14: ... argument escapes to heap
./ddd.go:98:8: "fail" escapes to heap
./ddd.go:100:14: ... argument does not escape
./ddd.go:102:8: "fail" escapes to heap
./ddd.go:106:8: "fail" escapes to heap
./ddd.go:108:14: ... argument does not escape
./ddd.go:110:8: "fail" escapes to heap
./ddd.go:112:14: ... argument does not escape
./ddd.go:114:8: "fail" escapes to heap
./ddd.go:116:14: ... argument does not escape
./ddd.go:118:8: "fail" escapes to heap
./ddd.go:122:8: "fail" escapes to heap
./ddd.go:124:14: ... argument does not escape
./ddd.go:126:8: "fail" escapes to heap
./ddd.go:128:14: ... argument does not escape
./ddd.go:130:8: "fail" escapes to heap
./ddd.go:132:14: ... argument does not escape
./ddd.go:134:8: "fail" escapes to heap
./ddd.go:138:8: "fail" escapes to heap
./ddd.go:140:14: ... argument does not escape
./ddd.go:142:8: "fail" escapes to heap
./ddd.go:144:14: ... argument does not escape
./ddd.go:146:8: "fail" escapes to heap
./ddd.go:148:18: ... argument does not escape
./ddd.go:148:19: 1 does not escape
./ddd.go:148:22: 2 does not escape
./ddd.go:148:25: 3 does not escape
./ddd.go:150:8: "fail" escapes to heap
./ddd.go:154:8: "fail" escapes to heap
./ddd.go:156:18: ... argument does not escape
./ddd.go:156:19: 10 does not escape
./ddd.go:158:8: "fail" escapes to heap
./ddd.go:160:18: ... argument does not escape
./ddd.go:160:19: 1 does not escape
./ddd.go:160:22: 8 does not escape
./ddd.go:162:8: "fail" escapes to heap
./ddd.go:165:12: ... argument does not escape
./ddd.go:167:8: "fail" escapes to heap
./ddd.go:169:12: ... argument does not escape
./ddd.go:169:16: []T{} does not escape
./ddd.go:171:8: "fail" escapes to heap
./ddd.go:173:13: ... argument does not escape
./ddd.go:175:8: "fail" escapes to heap
./ddd.go:177:13: ... argument does not escape
./ddd.go:177:17: []T{} does not escape
./ddd.go:179:8: "fail" escapes to heap
./ddd.go:181:25: ... argument does not escape
./ddd.go:183:8: "fail" escapes to heap
./ddd.go:185:18: ... argument does not escape
./ddd.go:187:8: "fail" escapes to heap
./ddd.go:189:11: &U{} does not escape
./ddd.go:189:20: ... argument does not escape
./ddd.go:191:8: "fail" escapes to heap
./ddd.go:194:15: ... argument does not escape
./ddd.go:196:8: "fail" escapes to heap
./ddd.go:198:18: ... argument does not escape
./ddd.go:200:8: "fail" escapes to heap
./ddd.go:205:15: ... argument escapes to heap
./ddd.go:207:8: "fail" escapes to heap
./ddd.go:210:15: ... argument escapes to heap
./ddd.go:212:8: "fail" escapes to heap
./ddd.go:218:15: ... argument escapes to heap
./ddd.go:220:8: "fail" escapes to heap
./ddd.go:222:19: &U{} does not escape
./ddd.go:222:18: ... argument does not escape
./ddd.go:224:8: "fail" escapes to heap
./ddd.go:226:15: ... argument does not escape
./ddd.go:228:8: "fail" escapes to heap
./ddd.go:23:12: func literal does not escape
