./issue50190.go:15:31: struct { int }{} does not escape
./issue50190.go:15:31: struct { int }{} does not escape
./issue50190.go:17:8: "FAIL" escapes to heap
./issue50190.go:22:3: struct { int32 }{} does not escape
./issue50190.go:26:3: struct { uint32 }{} does not escape
./issue50190.go:29:8: "FAIL" escapes to heap
