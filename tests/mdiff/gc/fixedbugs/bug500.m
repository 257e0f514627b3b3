./bug500.go:33:15: b + c escapes to heap
./bug500.go:38:19: b + c does not escape
./bug500.go:39:9: a[0].str escapes to heap
