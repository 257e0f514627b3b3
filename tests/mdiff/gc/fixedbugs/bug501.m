./bug501.go:12:8: leaking param: s to result ~r0 level=0
./bug501.go:16:8: a does not escape
./bug501.go:16:11: b does not escape
./bug501.go:16:14: c does not escape
./bug501.go:17:35: "a" + a + "b" + b + "c" + c escapes to heap
./bug501.go:22:9: got escapes to heap
