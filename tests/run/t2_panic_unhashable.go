package main

import "fmt"

func main() {
	m := map[interface{}]string{}
	m[1] = "one"
	m[[2]int{1, 2}] = "array ok"
	fmt.Println(len(m))
	var k interface{} = map[string]int{}
	m[k] = "map key"
}
