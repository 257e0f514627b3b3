package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s (%d)", p.Name, p.Age) }

type PtrOnly struct{ v int }

func (p *PtrOnly) String() string { return fmt.Sprintf("PtrOnly<%d>", p.v) }

type Wrapper struct {
	P    Person
	T    Temp
	List []Temp
}

func main() {
	t := Temp(21.55)
	fmt.Println(t)
	fmt.Printf("%v %s %d %.2f\n", t, t, t, t)
	p := Person{"Ann", 30}
	fmt.Println(p, &p)
	fmt.Printf("%v|%+v|%s|%q\n", p, p, p, p)
	po := PtrOnly{3}
	fmt.Println(po, &po)
	fmt.Printf("%v %v\n", po, &po)
	w := Wrapper{p, t, []Temp{1, 2}}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println([]Person{{"a", 1}, {"b", 2}})
	fmt.Println(map[string]Temp{"x": 5})
	fmt.Println(fmt.Sprint(t) + "!")
	var s fmt.Stringer = p
	fmt.Println(s.String())
	fmt.Printf("%x\n", p)
	fmt.Printf("%#v\n", p)
}
