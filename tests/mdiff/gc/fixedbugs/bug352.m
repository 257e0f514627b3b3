./bug352.go:10:13: make([]struct {}, 10) escapes to heap
