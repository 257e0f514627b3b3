./issue18410.go:18:7: t does not escape
./issue18410.go:20:8: "t.B must be nil" escapes to heap
./issue18410.go:25:13: f does not escape
./issue18410.go:33:9: func literal does not escape
./issue18410.go:34:24: X{...}.Print does not escape
./issue18410.go:35:10: x.Print does not escape
