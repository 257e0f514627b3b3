./literal2.go:17:8: "assertion failed" escapes to heap
./literal2.go:21:12: leaking param: x
./literal2.go:21:15: leaking param: y
./literal2.go:23:13: ... argument does not escape
./literal2.go:75:15: 0x1p-2 escapes to heap
./literal2.go:75:23: 0.25 escapes to heap
./literal2.go:76:15: 0x2.p10 escapes to heap
./literal2.go:76:24: 2048.0 escapes to heap
./literal2.go:77:15: 0x1.Fp+0 escapes to heap
./literal2.go:77:25: 1.9375 escapes to heap
./literal2.go:78:15: 0x.8p-0 escapes to heap
./literal2.go:78:24: 0.5 escapes to heap
./literal2.go:79:15: 0x1FFFp-16 escapes to heap
./literal2.go:79:27: 0.1249847412109375 escapes to heap
./literal2.go:80:15: 0x1.fffffffffffffp1023 escapes to heap
./literal2.go:80:39: 1.7976931348623157e308 escapes to heap
./literal2.go:81:15: 0x1.fffffffffffffp1023i escapes to heap
./literal2.go:81:47: complex(0, 1.7976931348623157e308) escapes to heap
./literal2.go:83:15: 0x_1p-2 escapes to heap
./literal2.go:83:24: 0.25 escapes to heap
./literal2.go:84:15: 0x2.p1_0 escapes to heap
./literal2.go:84:25: 2048.0 escapes to heap
./literal2.go:85:15: 0x1_0.Fp+0 escapes to heap
./literal2.go:85:27: 16.9375 escapes to heap
./literal2.go:86:15: 0x_0.8p-0 escapes to heap
./literal2.go:86:26: 0.5 escapes to heap
./literal2.go:87:15: 0x_1FF_Fp-16 escapes to heap
./literal2.go:87:29: 0.1249847412109375 escapes to heap
./literal2.go:88:15: 0x1.f_ffff_ffff_ffffp1_023 escapes to heap
./literal2.go:88:43: 1.7976931348623157e308 escapes to heap
./literal2.go:89:15: 0x1.f_ffff_ffff_ffffp1_023i escapes to heap
./literal2.go:89:51: complex(0, 1.7976931348623157e308) escapes to heap
