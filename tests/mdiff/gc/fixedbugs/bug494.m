./bug494.go:17:7: c does not escape
./bug494.go:21:7: c does not escape
./bug494.go:44:7: &s{...} does not escape
./bug494.go:46:9: v escapes to heap
./bug494.go:49:9: c escapes to heap
