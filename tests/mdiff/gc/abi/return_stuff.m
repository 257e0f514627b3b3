./return_stuff.go:21:8: a does not escape
./return_stuff.go:21:11: b does not escape
./return_stuff.go:21:14: c does not escape
./return_stuff.go:27:8: s does not escape
./return_stuff.go:27:11: t does not escape
./return_stuff.go:28:17: s + " " + t escapes to heap
./return_stuff.go:34:12: ... argument does not escape
./return_stuff.go:34:13: x escapes to heap
./return_stuff.go:36:13: ... argument does not escape
./return_stuff.go:36:14: "len(y) =" escapes to heap
./return_stuff.go:36:29: len(y) escapes to heap
./return_stuff.go:37:13: ... argument does not escape
./return_stuff.go:37:14: "y =" escapes to heap
./return_stuff.go:37:14: y escapes to heap
