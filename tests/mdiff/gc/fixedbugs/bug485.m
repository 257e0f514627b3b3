./bug485.go:15:7: leaking param: s to result ~r0 level=0
./bug485.go:29:7: &B{...} does not escape
./bug485.go:37:9: s escapes to heap
