./issue7863.go:15:7: f does not escape
./issue7863.go:58:14: ... argument does not escape
./issue7863.go:58:15: "BUG" escapes to heap
./issue7863.go:33:10: foo.F does not escape
./issue7863.go:36:14: ... argument does not escape
./issue7863.go:36:15: "foo.F" escapes to heap
./issue7863.go:36:29: (*Foo).F(foo) escapes to heap
./issue7863.go:36:34: f() escapes to heap
./issue7863.go:39:9: bar.F does not escape
./issue7863.go:42:14: ... argument does not escape
./issue7863.go:42:15: "bar.F" escapes to heap
./issue7863.go:42:29: Bar.F(bar) escapes to heap
./issue7863.go:42:34: f() escapes to heap
./issue7863.go:46:9: baz.F does not escape
./issue7863.go:49:14: ... argument does not escape
./issue7863.go:49:15: "baz.F" escapes to heap
./issue7863.go:49:29: Baz.F(baz) escapes to heap
./issue7863.go:49:34: f() escapes to heap
