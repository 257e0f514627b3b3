./peano.go:23:14: x does not escape
./peano.go:27:11: leaking param: x
./peano.go:28:10: new(Number) escapes to heap
./peano.go:33:11: leaking param: x to result ~r0 level=1
./peano.go:37:10: leaking param: x
./peano.go:37:13: y does not escape
./peano.go:45:10: x does not escape
./peano.go:45:13: y does not escape
./peano.go:53:11: n does not escape
./peano.go:72:12: x does not escape
./peano.go:80:12: x does not escape
./peano.go:84:8: "fail" escapes to heap
./peano.go:128:9: 0 escapes to heap
