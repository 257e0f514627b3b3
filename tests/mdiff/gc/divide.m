./divide.go:15:13: ... argument does not escape
./divide.go:15:14: x escapes to heap
./divide.go:15:14: y escapes to heap
./divide.go:15:14: t escapes to heap
./divide.go:15:14: q escapes to heap
./divide.go:16:8: "divide" escapes to heap
./divide.go:19:13: ... argument does not escape
./divide.go:19:14: x escapes to heap
./divide.go:19:14: y escapes to heap
./divide.go:19:14: t escapes to heap
./divide.go:19:14: r escapes to heap
./divide.go:20:8: "divide" escapes to heap
./divide.go:26:13: ... argument does not escape
./divide.go:26:14: x escapes to heap
./divide.go:26:14: y escapes to heap
./divide.go:26:14: t escapes to heap
./divide.go:26:14: q escapes to heap
./divide.go:27:8: "divide" escapes to heap
./divide.go:30:13: ... argument does not escape
./divide.go:30:14: x escapes to heap
./divide.go:30:14: y escapes to heap
./divide.go:30:14: t escapes to heap
./divide.go:30:14: r escapes to heap
./divide.go:31:8: "divide" escapes to heap
./divide.go:37:13: ... argument does not escape
./divide.go:37:14: x escapes to heap
./divide.go:37:14: y escapes to heap
./divide.go:37:14: t escapes to heap
./divide.go:37:14: q escapes to heap
./divide.go:38:8: "divide" escapes to heap
./divide.go:41:13: ... argument does not escape
./divide.go:41:14: x escapes to heap
./divide.go:41:14: y escapes to heap
./divide.go:41:14: t escapes to heap
./divide.go:41:14: r escapes to heap
./divide.go:42:8: "divide" escapes to heap
./divide.go:48:13: ... argument does not escape
./divide.go:48:14: x escapes to heap
./divide.go:48:14: y escapes to heap
./divide.go:48:14: t escapes to heap
./divide.go:48:14: q escapes to heap
./divide.go:49:8: "divide" escapes to heap
./divide.go:52:13: ... argument does not escape
./divide.go:52:14: x escapes to heap
./divide.go:52:14: y escapes to heap
./divide.go:52:14: t escapes to heap
./divide.go:52:14: r escapes to heap
./divide.go:53:8: "divide" escapes to heap
