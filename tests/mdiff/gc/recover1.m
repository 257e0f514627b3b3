./recover1.go:28:18: x does not escape
./recover1.go:62:20: 1 does not escape
./recover1.go:63:8: func literal does not escape
./recover1.go:64:21: 2 does not escape
./recover1.go:65:8: 2 escapes to heap
./recover1.go:67:7: 1 escapes to heap
./recover1.go:73:8: func literal does not escape
./recover1.go:79:21: 3 does not escape
./recover1.go:80:8: 3 escapes to heap
./recover1.go:82:7: 2 escapes to heap
./recover1.go:88:8: func literal does not escape
./recover1.go:90:21: 3 does not escape
./recover1.go:91:8: 3 escapes to heap
./recover1.go:93:7: 2 escapes to heap
./recover1.go:99:8: func literal does not escape
./recover1.go:102:7: 4 escapes to heap
./recover1.go:108:8: func literal does not escape
./recover1.go:111:7: 5 escapes to heap
./recover1.go:118:8: func literal does not escape
./recover1.go:120:21: 3 does not escape
./recover1.go:121:8: 3 escapes to heap
./recover1.go:123:7: 2 escapes to heap
./recover1.go:134:20: 2 does not escape
./recover1.go:135:8: func literal does not escape
./recover1.go:136:21: 3 does not escape
./recover1.go:138:8: 3 escapes to heap
./recover1.go:140:7: 2 escapes to heap
