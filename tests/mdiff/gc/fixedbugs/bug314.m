./bug314.go:25:8: devirtualizing i.a to S
./bug314.go:28:8: devirtualizing i.b to S
./bug314.go:24:7: S{} does not escape
./bug314.go:26:8: "wrong method called" escapes to heap
./bug314.go:29:8: "wrong method called" escapes to heap
