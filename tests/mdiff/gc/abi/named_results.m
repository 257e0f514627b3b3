./named_results.go:34:8: x does not escape
./named_results.go:36:13: ... argument does not escape
./named_results.go:36:14: "y = " escapes to heap
./named_results.go:36:14: y escapes to heap
./named_results.go:22:8: a does not escape
./named_results.go:22:11: b does not escape
./named_results.go:22:14: c does not escape
./named_results.go:47:8: s does not escape
./named_results.go:47:11: t does not escape
./named_results.go:47:22: moved to heap: result
./named_results.go:48:31: "Aloha! " + s + " " + t escapes to heap
./named_results.go:55:11: r + result escapes to heap
./named_results.go:60:8: s does not escape
./named_results.go:60:11: t does not escape
./named_results.go:61:31: "Aloha! " + s + " " + t escapes to heap
./named_results.go:67:11: r + result escapes to heap
./named_results.go:73:12: ... argument does not escape
./named_results.go:73:13: x escapes to heap
./named_results.go:76:13: ... argument does not escape
./named_results.go:76:14: "len(y) =" escapes to heap
./named_results.go:76:29: len(y) escapes to heap
./named_results.go:77:13: ... argument does not escape
./named_results.go:77:14: "y =" escapes to heap
./named_results.go:77:14: y escapes to heap
./named_results.go:79:13: ... argument does not escape
./named_results.go:79:14: "len(z) =" escapes to heap
./named_results.go:79:29: len(z) escapes to heap
./named_results.go:80:13: ... argument does not escape
./named_results.go:80:14: "z =" escapes to heap
./named_results.go:80:14: z escapes to heap
./named_results.go:85:13: ... argument does not escape
./named_results.go:85:14: "len(y) =" escapes to heap
./named_results.go:85:29: len(y) escapes to heap
./named_results.go:86:13: ... argument does not escape
./named_results.go:86:14: "y =" escapes to heap
./named_results.go:86:14: y escapes to heap
./named_results.go:88:13: ... argument does not escape
./named_results.go:88:14: "len(z) =" escapes to heap
./named_results.go:88:29: len(z) escapes to heap
./named_results.go:89:13: ... argument does not escape
./named_results.go:89:14: "z =" escapes to heap
./named_results.go:89:14: z escapes to heap
