./sendstmt.go:24:8: "nonblock" escapes to heap
./sendstmt.go:27:8: "bad receive" escapes to heap
./sendstmt.go:35:8: "sent false" escapes to heap
