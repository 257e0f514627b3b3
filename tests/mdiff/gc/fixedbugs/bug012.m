./bug012.go:16:29: "u32\n" escapes to heap
./bug012.go:17:29: "u33\n" escapes to heap
./bug012.go:19:22: "i34" escapes to heap
