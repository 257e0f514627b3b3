./bug084.go:13:7: s does not escape
./bug084.go:16:8: "fail" escapes to heap
./bug084.go:24:10: new(Service) escapes to heap
