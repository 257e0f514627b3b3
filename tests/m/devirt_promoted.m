./devirt_promoted.go:28:38: devirtualizing d.describe to container
./devirt_promoted.go:10:20: ... argument does not escape
./devirt_promoted.go:10:42: b.num escapes to heap
./devirt_promoted.go:27:20: co does not escape
./devirt_promoted.go:28:13: ... argument does not escape
./devirt_promoted.go:28:14: "describer:" escapes to heap
./devirt_promoted.go:28:38: base.describe(d.(container).base) escapes to heap
