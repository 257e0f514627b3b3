./noeq.go:25:10: x does not escape
./noeq.go:33:18: f does not escape
./noeq.go:34:8: func literal does not escape
./noeq.go:36:9: "function should panic" escapes to heap
./noeq.go:29:12: x does not escape
./noeq.go:30:14: func literal does not escape
./noeq.go:13:6: 1 does not escape
./noeq.go:21:7: s does not escape
