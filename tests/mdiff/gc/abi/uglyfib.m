./uglyfib.go:24:15: xm1 does not escape
./uglyfib.go:24:20: xm2 does not escape
./uglyfib.go:24:25: p does not escape
./uglyfib.go:37:15: xm1 does not escape
./uglyfib.go:37:20: xm2 does not escape
./uglyfib.go:37:25: p does not escape
./uglyfib.go:63:15: xm1 does not escape
./uglyfib.go:63:20: xm2 does not escape
./uglyfib.go:63:25: p does not escape
./uglyfib.go:50:15: xm1 does not escape
./uglyfib.go:50:20: xm2 does not escape
./uglyfib.go:50:25: p does not escape
./uglyfib.go:81:12: ... argument does not escape
./uglyfib.go:81:13: x escapes to heap
./uglyfib.go:81:13: y escapes to heap
