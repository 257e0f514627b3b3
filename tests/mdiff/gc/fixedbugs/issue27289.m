./issue27289.go:12:8: a does not escape
./issue27289.go:17:8: func literal does not escape
./issue27289.go:21:8: "f should panic" escapes to heap
