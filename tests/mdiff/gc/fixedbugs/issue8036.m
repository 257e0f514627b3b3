./issue8036.go:32:6: F ignoring self-assignment in t.Y = t.X
./issue8036.go:33:6: F ignoring self-assignment in t.Z = t.Y
