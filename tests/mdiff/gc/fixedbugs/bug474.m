./bug474.go:19:7: t does not escape
./bug474.go:24:6: moved to heap: t
./bug474.go:25:13: t.M does not escape
./bug474.go:27:8: "not called" escapes to heap
