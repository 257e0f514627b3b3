./cplx5.go:72:15: c does not escape
./cplx5.go:25:9: a[5] escapes to heap
./cplx5.go:29:10: make([]complex128, len(a)) escapes to heap
./cplx5.go:34:9: s[5] escapes to heap
./cplx5.go:42:9: vc escapes to heap
./cplx5.go:49:10: *pv escapes to heap
./cplx5.go:55:9: f.c escapes to heap
./cplx5.go:59:10: make(map[complex128]complex128) escapes to heap
./cplx5.go:64:9: m[5i - 5] escapes to heap
./cplx5.go:68:9: vm escapes to heap
