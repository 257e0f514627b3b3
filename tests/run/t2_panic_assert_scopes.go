package main

import "fmt"

func make1() interface{} {
	type T struct{ A int }
	return T{1}
}

func main() {
	type T struct{ A int }
	v := make1()
	fmt.Println(v)
	t := v.(T)
	fmt.Println(t)
}
