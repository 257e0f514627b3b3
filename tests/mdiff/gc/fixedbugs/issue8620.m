./issue8620.go:18:11: s1 does not escape
./issue8620.go:18:15: s2 does not escape
./issue8620.go:21:8: "bad copy result" escapes to heap
