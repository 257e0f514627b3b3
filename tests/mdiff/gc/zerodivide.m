./zerodivide.go:110:10: leaking param: v
./zerodivide.go:117:38: i / j escapes to heap
./zerodivide.go:118:40: i8 / j8 escapes to heap
./zerodivide.go:119:42: i16 / j16 escapes to heap
./zerodivide.go:120:42: i32 / j32 escapes to heap
./zerodivide.go:121:42: i64 / j64 escapes to heap
./zerodivide.go:123:38: k / j escapes to heap
./zerodivide.go:124:40: k8 / j8 escapes to heap
./zerodivide.go:125:42: k16 / j16 escapes to heap
./zerodivide.go:126:42: k32 / j32 escapes to heap
./zerodivide.go:127:42: k64 / j64 escapes to heap
./zerodivide.go:133:39: u / v escapes to heap
./zerodivide.go:134:41: u8 / v8 escapes to heap
./zerodivide.go:135:43: u16 / v16 escapes to heap
./zerodivide.go:136:43: u32 / v32 escapes to heap
./zerodivide.go:137:43: u64 / v64 escapes to heap
./zerodivide.go:138:43: up / vp escapes to heap
./zerodivide.go:140:39: w / v escapes to heap
./zerodivide.go:141:41: w8 / v8 escapes to heap
./zerodivide.go:142:43: w16 / v16 escapes to heap
./zerodivide.go:143:43: w32 / v32 escapes to heap
./zerodivide.go:144:43: w64 / v64 escapes to heap
./zerodivide.go:145:43: wp / vp escapes to heap
./zerodivide.go:148:42: f / g escapes to heap
./zerodivide.go:149:44: f32 / g32 escapes to heap
./zerodivide.go:150:44: f64 / g64 escapes to heap
./zerodivide.go:152:42: h / g escapes to heap
./zerodivide.go:153:44: h32 / g32 escapes to heap
./zerodivide.go:154:44: h64 / g64 escapes to heap
./zerodivide.go:155:46: inf / g64 escapes to heap
./zerodivide.go:156:50: negInf / g64 escapes to heap
./zerodivide.go:157:46: nan / g64 escapes to heap
./zerodivide.go:160:42: c / d escapes to heap
./zerodivide.go:161:46: c64 / d64 escapes to heap
./zerodivide.go:162:48: c128 / d128 escapes to heap
./zerodivide.go:164:42: e / d escapes to heap
./zerodivide.go:165:46: e64 / d64 escapes to heap
./zerodivide.go:166:48: e128 / d128 escapes to heap
./zerodivide.go:169:13: fn does not escape
./zerodivide.go:170:8: func literal does not escape
./zerodivide.go:213:14: ... argument does not escape
./zerodivide.go:213:51: t.name escapes to heap
./zerodivide.go:213:59: t.err escapes to heap
./zerodivide.go:219:14: ... argument does not escape
./zerodivide.go:219:51: t.name escapes to heap
./zerodivide.go:219:51: err escapes to heap
./zerodivide.go:226:15: ... argument does not escape
./zerodivide.go:226:46: t.name escapes to heap
./zerodivide.go:226:54: t.err escapes to heap
./zerodivide.go:226:54: err escapes to heap
./zerodivide.go:240:14: ... argument does not escape
./zerodivide.go:240:54: t.f escapes to heap
./zerodivide.go:240:59: t.g escapes to heap
./zerodivide.go:240:64: t.out escapes to heap
./zerodivide.go:240:64: x escapes to heap
./zerodivide.go:244:8: "zerodivide" escapes to heap
