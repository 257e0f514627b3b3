./bug099.go:14:7: s does not escape
./bug099.go:21:12: new(S) escapes to heap
./bug099.go:25:10: leaking param: x
