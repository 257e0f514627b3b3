./issue39651.go:13:22: a does not escape
./issue39651.go:13:25: b does not escape
./issue39651.go:13:34: r does not escape
./issue39651.go:24:8: "comparison incorrect" escapes to heap
