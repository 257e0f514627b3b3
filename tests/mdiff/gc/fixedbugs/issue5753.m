./issue5753.go:14:7: t does not escape
./issue5753.go:14:24: leaking param: s
./issue5753.go:15:2: moved to heap: foo
./issue5753.go:20:7: &Thing{} does not escape
./issue5753.go:22:8: t.broken does not escape
./issue5753.go:26:8: `s[0] != "foo"` escapes to heap
