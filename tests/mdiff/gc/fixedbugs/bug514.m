./bug514.go:53:9: v escapes to heap
./bug514.go:37:2: moved to heap: mi
./bug514.go:43:2: moved to heap: em
./bug514.go:39:14: iface(mi) escapes to heap
