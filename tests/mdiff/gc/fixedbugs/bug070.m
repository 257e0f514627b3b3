./bug070.go:16:20: ... argument does not escape
./bug070.go:16:21: "outer loop top k" escapes to heap
./bug070.go:16:21: k escapes to heap
./bug070.go:18:9: "k not zero" escapes to heap
./bug070.go:22:10: "i not zero" escapes to heap
./bug070.go:24:21: ... argument does not escape
./bug070.go:24:22: "inner loop top i" escapes to heap
./bug070.go:24:22: i escapes to heap
./bug070.go:38:9: r escapes to heap
