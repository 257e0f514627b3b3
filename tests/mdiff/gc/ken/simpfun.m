./simpfun.go:24:21: o escapes to heap
./simpfun.go:16:21: x escapes to heap
