./defer_recover_results.go:26:8: func literal does not escape
./defer_recover_results.go:27:7: "XXX" escapes to heap
./defer_recover_results.go:34:8: "FAIL" escapes to heap
