./bug201.go:23:26: new(T1) does not escape
./bug201.go:29:9: "fail" escapes to heap
./bug201.go:33:7: MyInt(0) does not escape
./bug201.go:45:9: "fail" escapes to heap
