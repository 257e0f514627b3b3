./issue27718.go:21:8: "negZero+0 != posZero (64 bit)" escapes to heap
./issue27718.go:35:8: "negZero-0 != negZero (64 bit)" escapes to heap
./issue27718.go:49:8: "-negZero != posZero (64 bit)" escapes to heap
./issue27718.go:63:8: "negZero+0 != posZero (32 bit)" escapes to heap
./issue27718.go:77:8: "negZero-0 != negZero (32 bit)" escapes to heap
./issue27718.go:91:8: "-negZero != posZero (32 bit)" escapes to heap
