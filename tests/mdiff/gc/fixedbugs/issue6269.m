./issue6269.go:35:19: devirtualizing s.Error to collision
./issue6269.go:34:12: error(collision{}) does not escape
./issue6269.go:37:8: `s.Error() != "ok"` escapes to heap
