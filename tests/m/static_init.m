./static_init.go:8:22: &T{...} escapes to heap
./static_init.go:24:13: ... argument does not escape
./static_init.go:24:13: i3 escapes to heap
./static_init.go:24:32: *i5 escapes to heap
./static_init.go:24:37: *i6.(*T) escapes to heap
./static_init.go:24:57: *p escapes to heap
./static_init.go:25:13: ... argument does not escape
./static_init.go:25:14: *i7[0].(*T) escapes to heap
./static_init.go:25:36: *i10.(*T) escapes to heap
./static_init.go:18:32: map[string]interface {}{...} escapes to heap
./static_init.go:18:36: f() escapes to heap
