./bug266.go:10:8: func literal does not escape
./bug266.go:13:7: "oops" escapes to heap
./bug266.go:24:9: x escapes to heap
