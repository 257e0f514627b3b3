./issue16948.go:30:27: leaking param: p
./issue16948.go:23:11: moved to heap: t
