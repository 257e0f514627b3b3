./bug026.go:15:7: v does not escape
./bug026.go:15:32: e does not escape
./bug026.go:21:10: new(Vector) does not escape
./bug026.go:22:17: new(I) does not escape
