./bug242.go:30:9: leaking param: c to result ~r0 level=0
./bug242.go:33:8: "fail" escapes to heap
./bug242.go:53:9: leaking param: p to result ~r0 level=0
./bug242.go:56:8: "fail" escapes to heap
./bug242.go:61:9: leaking param: p to result ~r0 level=0
./bug242.go:64:8: "fail" escapes to heap
./bug242.go:81:11: make(map[byte]byte) does not escape
./bug242.go:91:8: "fail" escapes to heap
./bug242.go:100:8: "fail" escapes to heap
./bug242.go:113:8: "fail" escapes to heap
./bug242.go:120:23: s1 escapes to heap
./bug242.go:122:23: s2 escapes to heap
./bug242.go:125:8: "fail" escapes to heap
./bug242.go:128:13: string(a[0:i]) does not escape
./bug242.go:131:8: "fail" escapes to heap
