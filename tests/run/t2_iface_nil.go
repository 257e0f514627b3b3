package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type T struct{}

func (t *T) Hello() string { return "hello from nil receiver" }

type Greeter interface{ Hello() string }

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	e3 := mayFail(true)
	fmt.Println(e3 == nil, e3)
	var t *T
	var g Greeter = t
	fmt.Println(g == nil, g.Hello())
	var g2 Greeter
	fmt.Println(g2 == nil)
	fmt.Printf("%v %T\n", g2, g2)
	fmt.Printf("%T\n", g)
	var p *MyErr
	var err error = p
	fmt.Println(err != nil, err.Error())
}
