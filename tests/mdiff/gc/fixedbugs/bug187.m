./bug187.go:13:26: 1 does not escape
./bug187.go:13:29: 2 does not escape
./bug187.go:13:32: 3 does not escape
