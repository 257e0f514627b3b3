./bug243.go:35:13: x does not escape
./bug243.go:35:16: leaking param: y to result ~r1 level=0
./bug243.go:44:7: t does not escape
./bug243.go:48:11: x does not escape
./bug243.go:48:14: y does not escape
./bug243.go:48:17: z does not escape
./bug243.go:40:7: t does not escape
./bug243.go:18:5: func literal escapes to heap
