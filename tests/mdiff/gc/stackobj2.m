./stackobj2.go:77:7: &NotTiny{...} escapes to heap
./stackobj2.go:30:15: x does not escape
./stackobj2.go:32:8: "must be multiple of 2" escapes to heap
./stackobj2.go:40:22: fmt.Sprintf("bad data want %d, got %d", ... argument...) escapes to heap
./stackobj2.go:40:22: ... argument does not escape
./stackobj2.go:40:23: i escapes to heap
./stackobj2.go:40:23: got escapes to heap
