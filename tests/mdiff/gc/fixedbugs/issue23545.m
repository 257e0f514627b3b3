./issue23545.go:20:2: x escapes to heap
./issue23545.go:14:8: "FAIL" escapes to heap
