./devirt_embedded.go:30:17: devirtualizing i.M to *A
./devirt_embedded.go:32:18: devirtualizing j.N to *A
./devirt_embedded.go:35:18: devirtualizing i2.M to B
./devirt_embedded.go:37:19: devirtualizing j2.N to B
./devirt_embedded.go:40:19: devirtualizing j3.N to C
./devirt_embedded.go:42:18: devirtualizing i3.M to *C
./devirt_embedded.go:45:19: devirtualizing j4.N to *D
./devirt_embedded.go:11:7: leaking param: a to result ~r0 level=0
./devirt_embedded.go:28:7: &A{...} does not escape
./devirt_embedded.go:30:13: ... argument does not escape
./devirt_embedded.go:30:17: A.M(i.(*A)) escapes to heap
./devirt_embedded.go:32:13: ... argument does not escape
./devirt_embedded.go:32:14: *(*A).N(j.(*A)) escapes to heap
./devirt_embedded.go:33:12: &A{...} does not escape
./devirt_embedded.go:34:13: b does not escape
./devirt_embedded.go:35:13: ... argument does not escape
./devirt_embedded.go:35:18: A.M(i2.(B).A) escapes to heap
./devirt_embedded.go:36:13: b does not escape
./devirt_embedded.go:37:13: ... argument does not escape
./devirt_embedded.go:37:14: *(*A).N(j2.(B).A) escapes to heap
./devirt_embedded.go:38:11: &A{...} does not escape
./devirt_embedded.go:39:13: c does not escape
./devirt_embedded.go:40:13: ... argument does not escape
./devirt_embedded.go:40:14: *(*A).N(j3.(C).B.A) escapes to heap
./devirt_embedded.go:42:13: ... argument does not escape
./devirt_embedded.go:42:18: A.M(i3.(*C).B.A) escapes to heap
./devirt_embedded.go:43:16: A{...} does not escape
./devirt_embedded.go:45:13: ... argument does not escape
./devirt_embedded.go:45:14: *(*A).N(j4.(*D).A) escapes to heap
