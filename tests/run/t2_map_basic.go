package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	m["two"] = 22
	m["one"]++
	m["four"] += 4
	fmt.Println(m)
	v, ok := m["three"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	if _, found := m["four"]; found {
		fmt.Println("four present")
	}
	delete(m, "three")
	delete(m, "not there")
	fmt.Println(len(m), m)
	lit := map[int]string{1: "a", 2: "b", 10: "j"}
	fmt.Println(lit, len(lit))
	var nilMap map[string]bool
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"], nilMap)
	delete(nilMap, "x")
	for k, v := range nilMap {
		fmt.Println(k, v)
	}
	empty := map[string]float64{}
	fmt.Println(empty == nil, empty)
	sizes := make(map[rune]int, 100)
	for _, r := range "hello" {
		sizes[r]++
	}
	fmt.Println(sizes)
}
