./issue18808.go:16:7: "x == lim returned false" escapes to heap
./issue18808.go:22:8: "x != lim returned true" escapes to heap
./issue18808.go:31:7: "x > lim returned false" escapes to heap
./issue18808.go:39:7: "x >= lim returned false" escapes to heap
./issue18808.go:45:8: "x < lim returned true" escapes to heap
./issue18808.go:52:8: "x <= lim returned true" escapes to heap
