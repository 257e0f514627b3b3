./issue19911.go:29:12: want does not escape
./issue19911.go:29:18: gotfull does not escape
./issue19911.go:32:53: "want " + want + " got " + got + " from " + gotfull escapes to heap
./issue19911.go:32:51: "want " + want + " got " + got + " from " + gotfull escapes to heap
./issue19911.go:19:28: ... argument does not escape
./issue19911.go:19:72: (*ET)(nil) == error(nil) escapes to heap
./issue19911.go:20:27: ... argument does not escape
./issue19911.go:20:71: (*ET)(nil) != error(nil) escapes to heap
./issue19911.go:25:28: ... argument does not escape
./issue19911.go:25:60: nilET == nilError escapes to heap
./issue19911.go:26:27: ... argument does not escape
./issue19911.go:26:59: nilET != nilError escapes to heap
