./nonblock.go:15:18: c does not escape
./nonblock.go:15:32: strobe does not escape
./nonblock.go:17:8: "i32 value" escapes to heap
./nonblock.go:22:16: c does not escape
./nonblock.go:22:30: strobe does not escape
./nonblock.go:27:18: c does not escape
./nonblock.go:27:32: strobe does not escape
./nonblock.go:29:8: "i64 value" escapes to heap
./nonblock.go:34:16: c does not escape
./nonblock.go:34:30: strobe does not escape
./nonblock.go:39:16: c does not escape
./nonblock.go:39:29: strobe does not escape
./nonblock.go:41:8: "b value" escapes to heap
./nonblock.go:46:14: c does not escape
./nonblock.go:46:27: strobe does not escape
./nonblock.go:51:16: c does not escape
./nonblock.go:51:31: strobe does not escape
./nonblock.go:53:8: "s value" escapes to heap
./nonblock.go:58:14: c does not escape
./nonblock.go:58:29: strobe does not escape
./nonblock.go:90:9: "blocked i32sender" escapes to heap
./nonblock.go:96:9: "blocked i64sender" escapes to heap
./nonblock.go:102:9: "blocked bsender" escapes to heap
./nonblock.go:108:9: "blocked ssender" escapes to heap
./nonblock.go:123:11: "fail" escapes to heap
./nonblock.go:144:11: "fail" escapes to heap
./nonblock.go:150:9: "i32sender value" escapes to heap
./nonblock.go:166:11: "i64receiver" escapes to heap
./nonblock.go:186:11: "i64sender" escapes to heap
./nonblock.go:192:9: "i64sender value" escapes to heap
./nonblock.go:208:11: "breceiver" escapes to heap
./nonblock.go:228:11: "bsender" escapes to heap
./nonblock.go:234:9: "bsender value" escapes to heap
./nonblock.go:250:11: "sreceiver" escapes to heap
./nonblock.go:270:11: "ssender" escapes to heap
./nonblock.go:276:9: "ssender value" escapes to heap
