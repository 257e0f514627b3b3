./issue4167.go:16:7: this does not escape
./issue4167.go:16:32: moved to heap: c
./issue4167.go:28:7: this does not escape
./issue4167.go:24:7: this does not escape
./issue4167.go:32:7: this does not escape
./issue4167.go:36:7: this does not escape
./issue4167.go:36:26: f does not escape
./issue4167.go:41:13: make(pa, 13) does not escape
./issue4167.go:44:8: "length != len(arr)" escapes to heap
./issue4167.go:48:8: "length != len(arr)" escapes to heap
