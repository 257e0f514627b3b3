./issue30566a.go:12:12: leaking param: s to result ~r0 level=0
./issue30566a.go:14:27: leaking param: s to result ~r0 level=0
./issue30566a.go:16:19: leaking param: s to result ~r0 level=0
./issue30566a.go:21:20: fmt.Sprintf("wanted \"good\", got \"%s\"", ... argument...) escapes to heap
./issue30566a.go:21:20: ... argument does not escape
./issue30566a.go:21:21: got escapes to heap
