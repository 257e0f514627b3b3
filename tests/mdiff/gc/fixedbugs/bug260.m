./bug260.go:30:6: moved to heap: b1
./bug260.go:40:6: moved to heap: b2
./bug260.go:52:6: moved to heap: b4
./bug260.go:31:40: ... argument does not escape
./bug260.go:32:40: ... argument does not escape
./bug260.go:34:14: ... argument does not escape
./bug260.go:34:15: "FAIL" escapes to heap
./bug260.go:36:15: ... argument does not escape
./bug260.go:36:16: "alignment should be 1, is" escapes to heap
./bug260.go:36:47: a1 - a0 escapes to heap
./bug260.go:41:39: ... argument does not escape
./bug260.go:42:39: ... argument does not escape
./bug260.go:45:15: ... argument does not escape
./bug260.go:45:16: "FAIL" escapes to heap
./bug260.go:49:15: ... argument does not escape
./bug260.go:49:16: "alignment should be 2, is" escapes to heap
./bug260.go:49:47: a1 - a0 escapes to heap
./bug260.go:53:39: ... argument does not escape
./bug260.go:54:39: ... argument does not escape
./bug260.go:57:15: ... argument does not escape
./bug260.go:57:16: "FAIL" escapes to heap
./bug260.go:61:15: ... argument does not escape
./bug260.go:61:16: "alignment should be 4, is" escapes to heap
./bug260.go:61:47: a1 - a0 escapes to heap
