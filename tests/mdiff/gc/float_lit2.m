./float_lit2.go:117:14: ... argument does not escape
./float_lit2.go:117:15: "BUG" escapes to heap
./float_lit2.go:146:11: x does not escape
./float_lit2.go:149:16: uint64(math.Float32bits(x)) escapes to heap
./float_lit2.go:151:26: math.Float64bits(x) escapes to heap
./float_lit2.go:153:9: 0 escapes to heap
./float_lit2.go:156:25: x does not escape
./float_lit2.go:159:30: math.Float32frombits(uint32(b)) escapes to heap
./float_lit2.go:161:30: math.Float64frombits(b) escapes to heap
./float_lit2.go:163:9: "?" escapes to heap
./float_lit2.go:125:13: ... argument does not escape
./float_lit2.go:125:35: ulp64 escapes to heap
./float_lit2.go:125:35: u64 escapes to heap
./float_lit2.go:131:13: ... argument does not escape
./float_lit2.go:131:35: ulp32 escapes to heap
./float_lit2.go:131:35: u32 escapes to heap
./float_lit2.go:137:14: ... argument does not escape
./float_lit2.go:137:78: c.text escapes to heap
./float_lit2.go:137:86: c.bits escapes to heap
./float_lit2.go:141:14: ... argument does not escape
./float_lit2.go:141:53: c.text escapes to heap
./float_lit2.go:141:96: c.bits escapes to heap
