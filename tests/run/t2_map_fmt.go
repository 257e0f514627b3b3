package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	fmt.Println(map[string]int{"z": 1, "a": 2, "m": 3})
	fmt.Println(map[int]bool{10: true, -5: false, 3: true})
	fmt.Println(map[float64]string{2.5: "b", -1: "a", 100: "c"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[rune]int{'b': 2, 'a': 1})
	fmt.Printf("%v\n", map[string][]int{"b": {2}, "a": {1, 1}})
	fmt.Printf("%+v\n", map[string]T{"k": {1, "x"}})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", map[int]T{1: {2, "y"}})
	fmt.Printf("%d\n", map[string]int{"x": 255})
	fmt.Printf("%x\n", map[string]int{"x": 255})
	fmt.Printf("%q\n", map[string]string{"k": "v"})
	fmt.Printf("%T\n", map[string][]map[int]bool{})
	var nm map[string]int
	fmt.Printf("%v %#v %d\n", nm, nm, len(nm))
	fmt.Println(map[[2]int]string{{2, 1}: "b", {1, 9}: "a"})
	fmt.Println(map[T]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[interface{}]int{"s": 1, 2: 2, 1.5: 3, true: 4})
	fmt.Println(map[int8]uint{-128: 1, 127: 2, 0: 3})
}
