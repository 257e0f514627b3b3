./bug286.go:20:7: t does not escape
./bug286.go:21:7: i does not escape
./bug286.go:29:12: leaking param: x
./bug286.go:41:12: leaking param: x
./bug286.go:58:12: leaking param: x
./bug286.go:67:10: new(T) escapes to heap
./bug286.go:72:8: "wrong method called" escapes to heap
