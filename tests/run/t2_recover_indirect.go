package main

import "fmt"

func helper() interface{} {
	return recover()
}

func main() {
	defer func() {
		r := helper()
		fmt.Println("helper's recover returned", r)
	}()
	panic("not recovered by a nested call")
}
