./method7.go:22:13: s does not escape
./method7.go:22:43: " m1(" + s + ")" escapes to heap
./method7.go:31:7: leaking param: i to result ~r0 level=0
./method7.go:35:7: S{} escapes to heap
./method7.go:43:5: S{} escapes to heap
./method7.go:46:30: S{} escapes to heap
./method7.go:50:28: x escapes to heap
./method7.go:58:34: "got" + got + ", want" + want escapes to heap
./method7.go:58:32: "got" + got + ", want" + want escapes to heap
./method7.go:62:11: &Outer{...} does not escape
./method7.go:62:18: &Inner{...} does not escape
./method7.go:65:36: "got " + got + ", want " + want escapes to heap
./method7.go:65:34: "got " + got + ", want " + want escapes to heap
