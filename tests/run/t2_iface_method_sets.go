package main

import "fmt"

type Mover interface{ Move() string }
type Stopper interface{ Stop() string }
type Vehicle interface {
	Mover
	Stopper
}

type Bike struct{ name string }

func (b Bike) Move() string  { return b.name + " moves" }
func (b *Bike) Stop() string { return b.name + " stops" }

type Fleet []Mover

func (f Fleet) MoveAll() {
	for _, m := range f {
		fmt.Println(m.Move())
	}
}

func main() {
	b := Bike{"bmx"}
	var m Mover = b
	fmt.Println(m.Move())
	var v Vehicle = &b
	fmt.Println(v.Move(), "/", v.Stop())
	m = &b
	b.name = "changed"
	fmt.Println(m.Move())
	_, isStopper := m.(Stopper)
	fmt.Println(isStopper)
	m = b
	_, isStopper = m.(Stopper)
	fmt.Println(isStopper)
	Fleet{Bike{"a"}, &Bike{"b"}}.MoveAll()
}
