./named_return_stuff.go:37:8: x does not escape
./named_return_stuff.go:39:13: ... argument does not escape
./named_return_stuff.go:39:14: "y = " escapes to heap
./named_return_stuff.go:39:14: y escapes to heap
./named_return_stuff.go:25:8: a does not escape
./named_return_stuff.go:25:11: b does not escape
./named_return_stuff.go:25:14: c does not escape
./named_return_stuff.go:50:8: s does not escape
./named_return_stuff.go:50:11: t does not escape
./named_return_stuff.go:50:22: moved to heap: result
./named_return_stuff.go:51:31: "Aloha! " + s + " " + t escapes to heap
./named_return_stuff.go:58:11: r + result escapes to heap
./named_return_stuff.go:63:8: s does not escape
./named_return_stuff.go:63:11: t does not escape
./named_return_stuff.go:64:31: "Aloha! " + s + " " + t escapes to heap
./named_return_stuff.go:70:11: r + result escapes to heap
./named_return_stuff.go:76:12: ... argument does not escape
./named_return_stuff.go:76:13: x escapes to heap
./named_return_stuff.go:79:13: ... argument does not escape
./named_return_stuff.go:79:14: "len(y) =" escapes to heap
./named_return_stuff.go:79:29: len(y) escapes to heap
./named_return_stuff.go:80:13: ... argument does not escape
./named_return_stuff.go:80:14: "y =" escapes to heap
./named_return_stuff.go:80:14: y escapes to heap
./named_return_stuff.go:82:13: ... argument does not escape
./named_return_stuff.go:82:14: "len(z) =" escapes to heap
./named_return_stuff.go:82:29: len(z) escapes to heap
./named_return_stuff.go:83:13: ... argument does not escape
./named_return_stuff.go:83:14: "z =" escapes to heap
./named_return_stuff.go:83:14: z escapes to heap
./named_return_stuff.go:88:13: ... argument does not escape
./named_return_stuff.go:88:14: "len(y) =" escapes to heap
./named_return_stuff.go:88:29: len(y) escapes to heap
./named_return_stuff.go:89:13: ... argument does not escape
./named_return_stuff.go:89:14: "y =" escapes to heap
./named_return_stuff.go:89:14: y escapes to heap
./named_return_stuff.go:91:13: ... argument does not escape
./named_return_stuff.go:91:14: "len(z) =" escapes to heap
./named_return_stuff.go:91:29: len(z) escapes to heap
./named_return_stuff.go:92:13: ... argument does not escape
./named_return_stuff.go:92:14: "z =" escapes to heap
./named_return_stuff.go:92:14: z escapes to heap
