package main

type A struct{ X int }
type B struct{ Y int }

func main() {
	a := A{1}
	_ = B(a)
}
