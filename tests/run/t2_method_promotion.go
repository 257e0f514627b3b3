package main

import "fmt"

type Engine struct{ HP int }

func (e Engine) Start() string   { return fmt.Sprintf("engine %dhp started", e.HP) }
func (e *Engine) Tune(d int)     { e.HP += d }
func (e Engine) Describe() string { return "engine" }

type Wheels struct{ N int }

func (w Wheels) Roll() string { return fmt.Sprintf("%d wheels rolling", w.N) }

type Car struct {
	Engine
	Wheels
	Model string
}

func (c Car) Describe() string { return "car " + c.Model + " with " + c.Engine.Describe() }

type Starter interface{ Start() string }

func main() {
	c := Car{Engine{150}, Wheels{4}, "T"}
	fmt.Println(c.Start())
	fmt.Println(c.Roll())
	c.Tune(50)
	fmt.Println(c.Start(), c.HP)
	fmt.Println(c.Describe())
	var s Starter = c
	fmt.Println(s.Start())
	pc := &c
	pc.Tune(1)
	s = pc
	fmt.Println(s.Start())
	fmt.Println(Car.Start(c), (*Car).Roll(pc))
}
