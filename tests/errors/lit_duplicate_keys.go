package main

type Celsius float64

func main() {
	_ = map[string]int{"a": 1, "b": 2, "a": 3}
	_ = map[float64]bool{0.5: true, 1: false, 0.50: true, -0.0: true, 0: false}
	_ = map[Celsius]int{1.5: 1, 3: 2, 1.5: 3}
	_ = map[bool]int{true: 1, false: 0, true: 2}
	_ = map[interface{}]int{1: 1, "1": 2, 1.0: 3, int8(1): 4, 1: 5}
	_ = map[rune]int{'a': 1, 97: 2}
	_ = []int{5: 1, 2, 3, 6: 4}
	_ = [10]string{1: "a", "b", 0: "c", 1: "d"}
	_ = [...]int{'a': 1, 97: 2}
}
