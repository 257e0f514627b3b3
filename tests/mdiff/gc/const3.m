./const3.go:15:48: ... argument does not escape
./const3.go:15:59: int(t) escapes to heap
./const3.go:26:18: ... argument does not escape
./const3.go:26:37: A escapes to heap
./const3.go:26:40: B escapes to heap
./const3.go:26:43: C escapes to heap
./const3.go:26:46: D escapes to heap
./const3.go:26:49: E escapes to heap
./const3.go:29:8: "fail" escapes to heap
./const3.go:35:8: "fail" escapes to heap
