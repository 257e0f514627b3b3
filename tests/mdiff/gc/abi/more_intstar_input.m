./more_intstar_input.go:31:8: a does not escape
./more_intstar_input.go:31:11: b does not escape
./more_intstar_input.go:31:14: c does not escape
./more_intstar_input.go:31:17: d does not escape
./more_intstar_input.go:31:20: e does not escape
./more_intstar_input.go:31:23: f does not escape
./more_intstar_input.go:31:26: g does not escape
./more_intstar_input.go:31:29: h does not escape
./more_intstar_input.go:31:32: i does not escape
./more_intstar_input.go:31:35: j does not escape
./more_intstar_input.go:31:38: k does not escape
./more_intstar_input.go:31:41: l does not escape
./more_intstar_input.go:31:44: m does not escape
./more_intstar_input.go:36:13: ... argument does not escape
./more_intstar_input.go:36:14: "Got this far!" escapes to heap
./more_intstar_input.go:23:8: a does not escape
./more_intstar_input.go:23:11: b does not escape
./more_intstar_input.go:23:14: c does not escape
./more_intstar_input.go:23:17: d does not escape
./more_intstar_input.go:23:20: e does not escape
./more_intstar_input.go:23:23: f does not escape
./more_intstar_input.go:23:26: g does not escape
./more_intstar_input.go:23:29: h does not escape
./more_intstar_input.go:23:32: i does not escape
./more_intstar_input.go:23:35: j does not escape
./more_intstar_input.go:23:38: k does not escape
./more_intstar_input.go:23:41: l does not escape
./more_intstar_input.go:23:44: m does not escape
./more_intstar_input.go:43:12: ... argument does not escape
./more_intstar_input.go:43:32: sink - 7 escapes to heap
