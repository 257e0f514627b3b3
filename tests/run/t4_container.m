./t4_container.go:12:7: h does not escape
./t4_container.go:13:7: h does not escape
./t4_container.go:14:51: IntHeap.Swap ignoring self-assignment in h[i], h[j] = h[j], h[i]
./t4_container.go:14:51: IntHeap.Swap ignoring self-assignment in h[i], h[j] = h[j], h[i]
./t4_container.go:14:7: h does not escape
./t4_container.go:15:7: leaking param content: h
./t4_container.go:15:24: x does not escape
./t4_container.go:16:7: leaking param content: h
./t4_container.go:21:9: x escapes to heap
./t4_container.go:32:7: pq does not escape
./t4_container.go:33:7: pq does not escape
./t4_container.go:34:50: PQ.Swap ignoring self-assignment in pq[i], pq[j] = pq[j], pq[i]
./t4_container.go:34:50: PQ.Swap ignoring self-assignment in pq[i], pq[j] = pq[j], pq[i]
./t4_container.go:34:7: pq does not escape
./t4_container.go:35:7: leaking param content: pq
./t4_container.go:35:20: leaking param: x
./t4_container.go:36:7: leaking param content: pq
./t4_container.go:37:7: leaking param: pq
./t4_container.go:37:22: it does not escape
./t4_container.go:84:12: leaking param: p
./t4_container.go:50:2: moved to heap: pq
./t4_container.go:40:7: &IntHeap{...} escapes to heap
./t4_container.go:40:15: IntHeap{...} escapes to heap
./t4_container.go:42:15: 3 escapes to heap
./t4_container.go:43:15: 1 escapes to heap
./t4_container.go:45:12: ... argument does not escape
./t4_container.go:45:26: " " escapes to heap
./t4_container.go:49:25: map[string]int{...} does not escape
./t4_container.go:50:10: PQ{} escapes to heap
./t4_container.go:51:31: []string{...} does not escape
./t4_container.go:52:18: &Item{...} escapes to heap
./t4_container.go:54:12: &Item{...} escapes to heap
./t4_container.go:59:13: ... argument does not escape
./t4_container.go:59:28: it.priority escapes to heap
./t4_container.go:59:41: it.value escapes to heap
./t4_container.go:64:19: 4 escapes to heap
./t4_container.go:65:20: 1 escapes to heap
./t4_container.go:66:17: 3 escapes to heap
./t4_container.go:67:16: 2 escapes to heap
./t4_container.go:69:12: ... argument does not escape
./t4_container.go:69:22: " " escapes to heap
./t4_container.go:73:11: ... argument does not escape
./t4_container.go:73:12: "| " escapes to heap
./t4_container.go:75:12: ... argument does not escape
./t4_container.go:75:22: " " escapes to heap
./t4_container.go:77:13: ... argument does not escape
./t4_container.go:77:19: (*list.List).Len(l) escapes to heap
./t4_container.go:81:3: i * i escapes to heap
./t4_container.go:84:7: func literal does not escape
./t4_container.go:84:30: ... argument does not escape
./t4_container.go:84:34: " " escapes to heap
./t4_container.go:87:13: ... argument does not escape
./t4_container.go:87:19: (*ring.Ring).Len(r) escapes to heap
./t4_container.go:87:34: (*ring.Ring).Len(removed) escapes to heap
