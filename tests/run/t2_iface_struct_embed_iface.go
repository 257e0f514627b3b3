package main

import "fmt"

type Speaker interface{ Speak() string }

type English struct{}

func (English) Speak() string { return "hello" }

type Robot struct {
	Speaker
	Model string
}

type Loud struct{ Speaker }

func (l Loud) Speak() string { return l.Speaker.Speak() + "!!!" }

func main() {
	r := Robot{English{}, "R2"}
	fmt.Println(r.Speak(), r.Model)
	var s Speaker = r
	fmt.Println(s.Speak())
	l := Loud{r}
	fmt.Println(l.Speak())
	s = Loud{Loud{English{}}}
	fmt.Println(s.Speak())
	empty := Robot{Model: "mute"}
	fmt.Println(empty.Speaker == nil)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(empty.Speak())
}
