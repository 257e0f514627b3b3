./defer_aggregate.go:17:13: p0 does not escape
./defer_aggregate.go:33:13: p0 does not escape
./defer_aggregate.go:19:8: "bad p0" escapes to heap
./defer_aggregate.go:22:8: "bad p1" escapes to heap
./defer_aggregate.go:25:8: "bad p2" escapes to heap
./defer_aggregate.go:28:8: "bad p3" escapes to heap
./defer_aggregate.go:31:8: "bad p4" escapes to heap
./defer_aggregate.go:33:8: func literal does not escape
./defer_aggregate.go:35:9: "defer bad p0" escapes to heap
./defer_aggregate.go:38:9: "defer bad p1" escapes to heap
./defer_aggregate.go:41:9: "defer bad p2" escapes to heap
