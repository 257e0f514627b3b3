# example.com/shapes
./main.go:19:13: ... argument does not escape
./main.go:19:14: "main: var greeting" escapes to heap
./main.go:24:13: ... argument does not escape
./main.go:24:14: "main: init" escapes to heap
./main.go:34:21: leaking param: sh
./main.go:49:2: moved to heap: r
./main.go:29:14: Circle{...} escapes to heap
./main.go:30:20: store.Square{...} escapes to heap
./main.go:32:14: Circle{...} escapes to heap
./main.go:33:13: ... argument does not escape
./main.go:33:13: greeting escapes to heap
./main.go:33:31: (*store.Store).Total(s) escapes to heap
./main.go:33:47: strings.Join((*store.Store).Names(s), ",") escapes to heap
./main.go:34:9: func literal does not escape
./main.go:37:15: ... argument does not escape
./main.go:37:15: i escapes to heap
./main.go:37:19: "circle of radius" escapes to heap
./main.go:37:40: v.R escapes to heap
./main.go:39:15: ... argument does not escape
./main.go:39:15: i escapes to heap
./main.go:39:19: "square at" escapes to heap
./main.go:39:33: v.Point escapes to heap
./main.go:39:46: geom.Point.Add(v.Point, geom.Point{...}) escapes to heap
./main.go:39:75: v.Point.X escapes to heap
./main.go:41:14: ... argument does not escape
./main.go:41:15: i escapes to heap
./main.go:41:41: v.Area() escapes to heap
./main.go:44:13: ... argument does not escape
./main.go:44:27: geom.Registry["circle"] escapes to heap
./main.go:44:52: geom.Registry["square"] escapes to heap
./main.go:44:67: len(geom.Registry) escapes to heap
./main.go:45:21: []geom.Point{...} does not escape
./main.go:46:13: ... argument does not escape
./main.go:46:22: geom.Sum(pts) escapes to heap
./main.go:51:13: ... argument does not escape
./main.go:51:14: *q escapes to heap
./main.go:51:14: r escapes to heap
./main.go:52:34: store.Square{...} does not escape
./main.go:54:14: ... argument does not escape
./main.go:54:15: "square side" escapes to heap
./main.go:54:32: sq.Side escapes to heap
./main.go:57:13: ... argument does not escape
./main.go:57:18: area(Circle{...}) escapes to heap
./main.go:57:25: Circle{...} escapes to heap
