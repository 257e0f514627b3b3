./issue15992.go:13:8: leaking param: a to result ~r0 level=0
./issue15992.go:14:18: ([]byte)("abc") escapes to heap
./issue15992.go:17:8: leaking param: a to result ~r0 level=0
./issue15992.go:21:8: leaking param: m to result ~r0 level=0
./issue15992.go:26:13: []byte{...} escapes to heap
./issue15992.go:28:13: ... argument does not escape
./issue15992.go:28:13: n escapes to heap
./issue15992.go:28:13: a escapes to heap
./issue15992.go:30:13: []byte{...} escapes to heap
./issue15992.go:32:13: ... argument does not escape
./issue15992.go:32:13: n escapes to heap
./issue15992.go:32:13: b escapes to heap
./issue15992.go:34:18: map[int]int{...} does not escape
./issue15992.go:35:13: ... argument does not escape
./issue15992.go:35:17: len(m) escapes to heap
./issue15992.go:37:13: ... argument does not escape
./issue15992.go:37:17: len(m) escapes to heap
