./bigdata.go:14:7: z does not escape
./bigdata.go:17:7: z does not escape
./bigdata.go:20:7: z does not escape
./bigdata.go:24:11: name does not escape
./bigdata.go:24:24: leaking param: i
./bigdata.go:33:6: moved to heap: bigptr
./bigdata.go:34:6: moved to heap: smallptr
./bigdata.go:35:6: moved to heap: intptr
./bigdata.go:55:6: moved to heap: big
./bigdata.go:56:6: moved to heap: small
./bigdata.go:57:6: moved to heap: int
./bigdata.go:59:7: big escapes to heap
./bigdata.go:61:7: small escapes to heap
./bigdata.go:63:7: int escapes to heap
