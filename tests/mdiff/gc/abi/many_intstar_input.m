./many_intstar_input.go:30:8: a does not escape
./many_intstar_input.go:30:11: b does not escape
./many_intstar_input.go:30:14: c does not escape
./many_intstar_input.go:30:17: d does not escape
./many_intstar_input.go:30:20: e does not escape
./many_intstar_input.go:30:23: f does not escape
./many_intstar_input.go:33:13: ... argument does not escape
./many_intstar_input.go:33:14: *a escapes to heap
./many_intstar_input.go:33:18: *b escapes to heap
./many_intstar_input.go:33:22: *c escapes to heap
./many_intstar_input.go:33:26: *d escapes to heap
./many_intstar_input.go:33:30: *e escapes to heap
./many_intstar_input.go:33:34: *f escapes to heap
./many_intstar_input.go:23:8: a does not escape
./many_intstar_input.go:23:11: b does not escape
./many_intstar_input.go:23:14: c does not escape
./many_intstar_input.go:23:17: d does not escape
./many_intstar_input.go:23:20: e does not escape
./many_intstar_input.go:23:23: f does not escape
./many_intstar_input.go:43:13: ... argument does not escape
./many_intstar_input.go:43:13: a escapes to heap
./many_intstar_input.go:43:13: b escapes to heap
./many_intstar_input.go:43:13: c escapes to heap
./many_intstar_input.go:43:13: d escapes to heap
./many_intstar_input.go:43:13: e escapes to heap
./many_intstar_input.go:43:13: f escapes to heap
./many_intstar_input.go:44:13: ... argument does not escape
./many_intstar_input.go:44:13: sink escapes to heap
