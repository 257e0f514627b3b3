./stringrange.go:19:18: []rune{...} does not escape
./stringrange.go:28:14: ... argument does not escape
./stringrange.go:28:15: i escapes to heap
./stringrange.go:28:15: offset escapes to heap
./stringrange.go:32:14: ... argument does not escape
./stringrange.go:32:15: i escapes to heap
./stringrange.go:32:15: r escapes to heap
./stringrange.go:32:86: expect[cnum] escapes to heap
./stringrange.go:36:14: ... argument does not escape
./stringrange.go:36:15: i escapes to heap
./stringrange.go:36:15: r escapes to heap
./stringrange.go:36:73: expect[cnum] escapes to heap
./stringrange.go:43:14: ... argument does not escape
./stringrange.go:43:15: "after loop i is" escapes to heap
./stringrange.go:43:15: i escapes to heap
./stringrange.go:43:37: "not" escapes to heap
./stringrange.go:43:50: len(s) - 1 escapes to heap
./stringrange.go:52:14: ... argument does not escape
./stringrange.go:52:15: "range empty string assigned to index:" escapes to heap
./stringrange.go:52:15: i escapes to heap
./stringrange.go:56:14: ... argument does not escape
./stringrange.go:56:15: "range empty string assigned to value:" escapes to heap
./stringrange.go:56:15: c escapes to heap
./stringrange.go:62:14: ... argument does not escape
./stringrange.go:62:15: c escapes to heap
./stringrange.go:68:14: ... argument does not escape
./stringrange.go:68:15: "BUG: stringrange" escapes to heap
