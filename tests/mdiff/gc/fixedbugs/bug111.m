./bug111.go:19:7: leaking param: s to result ~r0 level=0
./bug111.go:25:10: new(Stucky) escapes to heap
./bug111.go:30:8: "bug111" escapes to heap
