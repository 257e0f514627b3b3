./fifo.go:28:12: ch does not escape
./fifo.go:28:36: in does not escape
./fifo.go:28:51: out does not escape
./fifo.go:31:9: val escapes to heap
