./issue22683.go:19:6: moved to heap: a
./issue22683.go:27:15: ... argument does not escape
./issue22683.go:27:25: v.bar[0] != nil escapes to heap
