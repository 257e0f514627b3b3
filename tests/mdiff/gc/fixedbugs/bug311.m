./bug311.go:10:11: make(map[string][1000]byte) does not escape
./bug311.go:16:25: string(v[:]) does not escape
./bug311.go:16:41: string(vv[:]) does not escape
./bug311.go:17:9: "bad iter" escapes to heap
