./issue16249.go:18:8: leaking param: err
./issue16249.go:25:32: moved to heap: err
