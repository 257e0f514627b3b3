./fuzz_trailing_zero_field.go:33:8: "bad p0" escapes to heap
