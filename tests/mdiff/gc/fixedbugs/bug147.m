./bug147.go:14:10: c does not escape
./bug147.go:12:6: moved to heap: count
./bug147.go:14:5: func literal escapes to heap
./bug147.go:24:8: "synchronous send did not wait" escapes to heap
