./convT2X.go:92:13: leaking param: a to result ~r0 level=1
./convT2X.go:99:8: "u16 != iu16" escapes to heap
./convT2X.go:102:8: "u16 != ju16" escapes to heap
./convT2X.go:105:8: "u32 != iu32" escapes to heap
./convT2X.go:108:8: "u32 != ju32" escapes to heap
./convT2X.go:111:8: "u64 != iu64" escapes to heap
./convT2X.go:114:8: "u64 != ju64" escapes to heap
./convT2X.go:117:8: "u128 != iu128" escapes to heap
./convT2X.go:120:8: "u128 != ju128" escapes to heap
./convT2X.go:123:8: "f32 != if32" escapes to heap
./convT2X.go:126:8: "f32 != jf32" escapes to heap
./convT2X.go:129:8: "f64 != if64" escapes to heap
./convT2X.go:132:8: "f64 != jf64" escapes to heap
./convT2X.go:135:8: "c128 != ic128" escapes to heap
./convT2X.go:138:8: "c128 != jc128" escapes to heap
./convT2X.go:141:8: "s != is" escapes to heap
./convT2X.go:144:8: "s != js" escapes to heap
./convT2X.go:147:8: "c != ic" escapes to heap
./convT2X.go:150:8: "c != jc" escapes to heap
./convT2X.go:154:8: "z != iz" escapes to heap
./convT2X.go:157:8: "z != jz" escapes to heap
./convT2X.go:160:8: "p != ip" escapes to heap
./convT2X.go:163:8: "p != jp" escapes to heap
./convT2X.go:166:8: "pp != ipp" escapes to heap
./convT2X.go:171:18: ... argument does not escape
./convT2X.go:171:18: z does not escape
./convT2X.go:171:18: u16 does not escape
./convT2X.go:171:18: u32 does not escape
./convT2X.go:171:18: u64 does not escape
./convT2X.go:171:18: u128 does not escape
./convT2X.go:171:18: f32 does not escape
./convT2X.go:171:18: f64 does not escape
./convT2X.go:171:18: c128 does not escape
./convT2X.go:171:18: s does not escape
./convT2X.go:171:18: b does not escape
./convT2X.go:173:8: "fail" escapes to heap
./convT2X.go:179:5: func literal escapes to heap
./convT2X.go:183:15: u32 escapes to heap
./convT2X.go:184:15: u64 escapes to heap
./convT2X.go:185:15: u128 escapes to heap
./convT2X.go:192:9: "fail" escapes to heap
./convT2X.go:53:10: M{...} escapes to heap
