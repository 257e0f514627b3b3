package main

import "fmt"

type Base struct{ ID int }

type Derived struct {
	*Base
	Name string
}

func main() {
	d := Derived{Name: "no base"}
	fmt.Println(d.Name, d.Base == nil)
	fmt.Println(d.ID)
}
