./t4_sort.go:15:7: a does not escape
./t4_sort.go:16:49: byAge.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
./t4_sort.go:16:49: byAge.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
./t4_sort.go:16:7: a does not escape
./t4_sort.go:17:7: a does not escape
./t4_sort.go:20:15: []int{...} escapes to heap
./t4_sort.go:22:13: ... argument does not escape
./t4_sort.go:22:13: ints escapes to heap
./t4_sort.go:22:38: sort.IntsAreSorted(ints) escapes to heap
./t4_sort.go:22:61: sort.SearchInts(ints, 3) escapes to heap
./t4_sort.go:22:87: sort.SearchInts(ints, 4) escapes to heap
./t4_sort.go:24:18: []string{...} escapes to heap
./t4_sort.go:26:13: ... argument does not escape
./t4_sort.go:26:13: strs escapes to heap
./t4_sort.go:26:38: sort.SearchStrings(strs, "fig") escapes to heap
./t4_sort.go:28:17: []float64{...} escapes to heap
./t4_sort.go:30:13: ... argument does not escape
./t4_sort.go:30:13: fl escapes to heap
./t4_sort.go:32:20: []person{...} escapes to heap
./t4_sort.go:33:19: byAge(people) escapes to heap
./t4_sort.go:34:13: ... argument does not escape
./t4_sort.go:34:13: people escapes to heap
./t4_sort.go:35:30: byAge(people) escapes to heap
./t4_sort.go:36:13: ... argument does not escape
./t4_sort.go:36:20: people[0] escapes to heap
./t4_sort.go:36:31: people[len(people) - 1] escapes to heap
./t4_sort.go:38:12: people escapes to heap
./t4_sort.go:38:21: func literal does not escape
./t4_sort.go:39:13: ... argument does not escape
./t4_sort.go:39:13: people escapes to heap
./t4_sort.go:40:18: people escapes to heap
./t4_sort.go:40:27: func literal does not escape
./t4_sort.go:41:13: ... argument does not escape
./t4_sort.go:41:13: people escapes to heap
./t4_sort.go:42:13: ... argument does not escape
./t4_sort.go:42:32: sort.SliceIsSorted(people, func literal) escapes to heap
./t4_sort.go:42:32: people escapes to heap
./t4_sort.go:42:41: func literal does not escape
./t4_sort.go:45:13: make([]int, 200) escapes to heap
./t4_sort.go:50:13: ... argument does not escape
./t4_sort.go:50:17: big[:10] escapes to heap
./t4_sort.go:50:27: big[190:] escapes to heap
./t4_sort.go:51:31: func literal does not escape
./t4_sort.go:52:13: ... argument does not escape
./t4_sort.go:52:13: idx escapes to heap
./t4_sort.go:52:22: big[idx] escapes to heap
./t4_sort.go:54:19: []string{...} escapes to heap
./t4_sort.go:55:28: sort.StringSlice(words) escapes to heap
./t4_sort.go:56:13: ... argument does not escape
./t4_sort.go:56:13: words escapes to heap
./t4_sort.go:56:34: sort.IsSorted(sort.StringSlice(words)) escapes to heap
./t4_sort.go:56:51: sort.StringSlice(words) escapes to heap
./t4_sort.go:57:20: sort.IntSlice{...} escapes to heap
./t4_sort.go:59:13: ... argument does not escape
./t4_sort.go:59:13: x escapes to heap
./t4_sort.go:59:25: sort.IntSlice.Search(x, 2) escapes to heap
