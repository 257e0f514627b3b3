./bug027.go:20:10: new(Vector) escapes to heap
./bug027.go:22:15: make([]Element, 10) escapes to heap
./bug027.go:26:7: leaking param: v to result ~r0 level=2
./bug027.go:30:7: v does not escape
./bug027.go:30:25: leaking param: e
./bug027.go:37:11: new(I) escapes to heap
./bug027.go:39:11: new(I) escapes to heap
./bug027.go:41:11: new(I) escapes to heap
./bug027.go:43:11: new(I) escapes to heap
./bug027.go:45:11: new(I) escapes to heap
./bug027.go:57:20: ... argument does not escape
./bug027.go:57:20: i escapes to heap
./bug027.go:57:25: x.val escapes to heap
./bug027.go:60:20: ... argument does not escape
./bug027.go:60:20: i escapes to heap
./bug027.go:60:36: (*Vector).At(v, i).(*I).val escapes to heap
./bug027.go:75:9: r escapes to heap
