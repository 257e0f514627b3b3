./issue4066.go:36:12: terr{} escapes to heap
./issue4066.go:23:8: func literal does not escape
./issue4066.go:32:7: "unreachable" escapes to heap
./issue4066.go:15:8: "wrong return value" escapes to heap
