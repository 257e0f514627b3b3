./bug221.go:17:19: string(gen) + string(n + 'A' - 1) escapes to heap
./bug221.go:17:13: string(gen) does not escape
./bug221.go:17:27: string(n + 'A' - 1) does not escape
./bug221.go:22:8: x does not escape
./bug221.go:22:11: y does not escape
./bug221.go:23:11: x + y escapes to heap
./bug221.go:27:12: f(1) + f(2) does not escape
./bug221.go:30:8: "fail" escapes to heap
./bug221.go:35:8: "fail" escapes to heap
./bug221.go:37:32: f(5) + f(6) + f(7) + f(8) + f(9) does not escape
./bug221.go:40:8: "fail" escapes to heap
