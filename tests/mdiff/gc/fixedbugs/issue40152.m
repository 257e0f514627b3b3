./issue40152.go:11:8: args does not escape
./issue40152.go:17:8: ... argument does not escape
./issue40152.go:17:20: "x" == "x" && "y" == "y" does not escape
./issue40152.go:19:9: r escapes to heap
