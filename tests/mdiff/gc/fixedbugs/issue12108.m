./issue12108.go:18:7: b does not escape
./issue12108.go:30:8: leaking param: q
./issue12108.go:35:6: moved to heap: s
