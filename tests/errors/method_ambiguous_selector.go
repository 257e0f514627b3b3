package main

type A struct{ V int }
type B struct{ V int }
type C struct {
	A
	B
}

func main() {
	var c C
	_ = c.V
}
