./issue8158.go:23:9: done does not escape
./issue8158.go:24:8: func literal does not escape
./issue8158.go:29:7: "p" escapes to heap
./issue8158.go:32:9: done does not escape
./issue8158.go:33:8: func literal does not escape
./issue8158.go:40:7: "p" escapes to heap
