./issue5056.go:14:2: moved to heap: x
./issue5056.go:28:2: x escapes to heap
./issue5056.go:32:8: "bar == foobar" escapes to heap
