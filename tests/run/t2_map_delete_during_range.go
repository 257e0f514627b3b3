package main

import "fmt"

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	sortInts(keys)
	fmt.Println(keys[:5], keys[len(keys)-3:])
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	m[7] = 49
	fmt.Println(m)
	big := make(map[string]int)
	for i := 0; i < 10000; i++ {
		big[fmt.Sprint("k", i)] = i
	}
	total := 0
	for _, v := range big {
		total += v
	}
	fmt.Println(len(big), total, big["k9999"], big["k10000"])
}
