# example.com/shapes
./main.go:12:32: shape.Rect{...} escapes to heap
./main.go:13:25: []shape.Shape{...} does not escape
./main.go:13:29: &shape.Circle{...} escapes to heap
./main.go:15:14: ... argument does not escape
./main.go:15:29: shape.Describe(x) escapes to heap
./main.go:17:22: &shape.Circle{...} escapes to heap
./main.go:19:14: ... argument does not escape
./main.go:19:29: shape.Describe(c) escapes to heap
./main.go:22:13: ... argument does not escape
./main.go:22:13: ok escapes to heap
