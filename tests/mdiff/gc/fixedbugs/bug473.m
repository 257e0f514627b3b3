./bug473.go:12:8: a does not escape
./bug473.go:17:9: s escapes to heap
./bug473.go:48:13: leaking param: name
./bug473.go:48:26: a does not escape
./bug473.go:50:9: name escapes to heap
./bug473.go:24:11: ... argument does not escape
./bug473.go:24:12: 1 does not escape
./bug473.go:26:11: ... argument does not escape
./bug473.go:26:12: 2 does not escape
./bug473.go:28:11: ... argument does not escape
./bug473.go:28:12: 3 does not escape
./bug473.go:30:11: ... argument does not escape
./bug473.go:30:12: 4 does not escape
./bug473.go:32:11: ... argument does not escape
./bug473.go:32:12: 5 does not escape
./bug473.go:40:12: ... argument does not escape
./bug473.go:40:13: 6 does not escape
./bug473.go:44:12: ... argument does not escape
./bug473.go:44:13: 7 does not escape
./bug473.go:46:12: ... argument does not escape
./bug473.go:46:13: 8 does not escape
./bug473.go:34:11: ... argument does not escape
./bug473.go:42:12: ... argument does not escape
./bug473.go:36:11: ... argument does not escape
./bug473.go:36:17: ... argument does not escape
./bug473.go:38:12: ... argument does not escape
./bug473.go:20:11: ... argument does not escape
./bug473.go:22:11: ... argument does not escape
