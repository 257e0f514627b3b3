./bug236.go:12:19: string(gen) + string(n + 'A' - 1) escapes to heap
./bug236.go:12:13: string(gen) does not escape
./bug236.go:12:27: string(n + 'A' - 1) does not escape
./bug236.go:17:8: x does not escape
./bug236.go:17:11: y does not escape
./bug236.go:17:39: x + y escapes to heap
./bug236.go:27:8: "BUG: bug236a" escapes to heap
./bug236.go:30:8: "BUG: bug236b" escapes to heap
./bug236.go:33:8: "BUG: bug236c" escapes to heap
./bug236.go:37:12: f(1) + f(2) does not escape
./bug236.go:39:8: "BUG: bug236d" escapes to heap
./bug236.go:45:8: "BUG: bug236e" escapes to heap
./bug236.go:49:33: f(5) + f(6) + f(7) + f(8) + f(9) does not escape
./bug236.go:51:8: "BUG: bug236f" escapes to heap
./bug236.go:19:15: f(1) + f(2) escapes to heap
./bug236.go:21:36: f(5) + f(6) + f(7) + f(8) + f(9) escapes to heap
