./reorder.go:33:12: leaking param: x
./reorder.go:35:13: ... argument does not escape
./reorder.go:35:14: x escapes to heap
./reorder.go:35:14: x0 escapes to heap
./reorder.go:35:14: x1 escapes to heap
./reorder.go:35:14: x2 escapes to heap
./reorder.go:36:8: "failed" escapes to heap
./reorder.go:48:12: []int{...} escapes to heap
./reorder.go:56:12: []int{...} escapes to heap
./reorder.go:64:12: []int{...} escapes to heap
./reorder.go:72:12: []int{...} escapes to heap
./reorder.go:80:12: []int{...} escapes to heap
./reorder.go:42:13: ... argument does not escape
./reorder.go:42:14: x escapes to heap
./reorder.go:42:14: y escapes to heap
./reorder.go:42:14: z escapes to heap
./reorder.go:42:14: xx escapes to heap
./reorder.go:42:14: yy escapes to heap
./reorder.go:42:14: zz escapes to heap
./reorder.go:43:8: "failed" escapes to heap
./reorder.go:112:11: make(map[int]int) does not escape
./reorder.go:115:9: m[0] escapes to heap
./reorder.go:148:27: leaking param: s
./reorder.go:150:13: ... argument does not escape
./reorder.go:150:14: s escapes to heap
./reorder.go:151:8: "failed" escapes to heap
./reorder.go:134:22: map[int]bool{...} does not escape
./reorder.go:139:6: false does not escape
./reorder.go:159:10: new(int) does not escape
./reorder.go:165:10: new(bool) does not escape
