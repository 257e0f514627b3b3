package main

import "fmt"

type Stats struct {
	Count int
	Total float64
}

func main() {
	byVal := map[string]Stats{}
	s := byVal["a"]
	s.Count++
	s.Total += 2.5
	byVal["a"] = s
	fmt.Println(byVal)
	byPtr := map[string]*Stats{}
	for _, k := range []string{"x", "y", "x", "x"} {
		if byPtr[k] == nil {
			byPtr[k] = &Stats{}
		}
		byPtr[k].Count++
		byPtr[k].Total += 1.5
	}
	fmt.Println(*byPtr["x"], *byPtr["y"])
	sl := map[string][]int{"k": {1, 2, 3}}
	sl["k"][0] = 100
	fmt.Println(sl)
	m1 := map[string]int{"a": 1}
	m2 := m1
	m2["b"] = 2
	fmt.Println(m1, len(m1))
	modify(m1)
	fmt.Println(m2)
	arr := map[int][2]string{}
	a := arr[1]
	a[0] = "set"
	arr[1] = a
	fmt.Println(arr)
}

func modify(m map[string]int) {
	m["c"] = 3
	delete(m, "a")
}
