package main

import "fmt"

type Counter struct {
	name  string
	count int
}

func (c Counter) Value() int   { return c.count }
func (c Counter) IncCopy()     { c.count++ }
func (c *Counter) Inc()        { c.count++ }
func (c *Counter) Add(n int)   { c.count += n }
func (c Counter) Name() string { return c.name }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }
func (c *Celsius) Warm(d float64) { *c += Celsius(d) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }

func main() {
	c := Counter{name: "c"}
	c.IncCopy()
	fmt.Println(c.Value())
	c.Inc()
	c.Add(5)
	fmt.Println(c.Value(), c.Name())
	p := &c
	p.Inc()
	fmt.Println(p.Value(), c.count)
	t := Celsius(100)
	t.Warm(-100)
	fmt.Println(t, t.F())
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(39)
	fmt.Println(l, l.Sum())
	s := Set{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
	cs := []Counter{{"a", 1}, {"b", 2}}
	cs[0].Inc()
	fmt.Println(cs)
	m := map[string]*Counter{"k": {"k", 0}}
	m["k"].Inc()
	fmt.Println(m["k"].Value())
}
