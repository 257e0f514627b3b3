./defer.go:15:42: ... argument does not escape
./defer.go:15:42: i escapes to heap
./defer.go:27:13: ... argument does not escape
./defer.go:27:14: result escapes to heap
./defer.go:28:8: "defer" escapes to heap
./defer.go:32:19: leaking param content: v
./defer.go:36:21: i escapes to heap
./defer.go:36:21: ... argument does not escape
./defer.go:44:13: ... argument does not escape
./defer.go:44:14: result escapes to heap
./defer.go:45:8: "defer" escapes to heap
