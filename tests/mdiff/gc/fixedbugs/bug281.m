./bug281.go:27:7: o does not escape
./bug281.go:31:7: o does not escape
./bug281.go:38:7: &Obj{...} does not escape
