./store_reg_args.go:17:8: "FAIL" escapes to heap
./store_reg_args.go:27:8: "FAIL" escapes to heap
