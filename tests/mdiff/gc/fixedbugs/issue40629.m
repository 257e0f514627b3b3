./issue40629.go:20:13: p does not escape
./issue40629.go:20:8: func literal does not escape
./issue40629.go:25:16: ... argument does not escape
./issue40629.go:25:17: j escapes to heap
./issue40629.go:25:37: p[j] escapes to heap
./issue40629.go:27:10: "corrupted stack variable" escapes to heap
./issue40629.go:34:8: func literal does not escape
./issue40629.go:36:6: func literal escapes to heap
./issue40629.go:46:8: func literal does not escape
