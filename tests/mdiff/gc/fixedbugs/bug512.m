./bug512.go:25:7: moved to heap: s
./bug512.go:28:10: g1 escapes to heap
./bug512.go:31:10: g2 escapes to heap
./bug512.go:41:2: moved to heap: s
