package main

import "fmt"

type Sorter interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(s Sorter) {
	for i := 1; i < s.Len(); i++ {
		for j := i; j > 0 && s.Less(j, j-1); j-- {
			s.Swap(j, j-1)
		}
	}
}

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type ByName struct{ ByAge }

func (b ByName) Less(i, j int) bool { return b.ByAge[i].Name < b.ByAge[j].Name }

type Reverse struct{ Sorter }

func (r Reverse) Less(i, j int) bool { return r.Sorter.Less(j, i) }

type Strings []string

func (s Strings) Len() int           { return len(s) }
func (s Strings) Less(i, j int) bool { return len(s[i]) < len(s[j]) || len(s[i]) == len(s[j]) && s[i] < s[j] }
func (s Strings) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	people := []Person{{"Cy", 40}, {"Al", 25}, {"Bo", 31}, {"Di", 25}}
	Sort(ByAge(people))
	fmt.Println(people)
	Sort(ByName{people})
	fmt.Println(people)
	Sort(Reverse{ByAge(people)})
	fmt.Println(people)
	ws := Strings{"ccc", "a", "bb", "aa", "b", "abc"}
	Sort(ws)
	fmt.Println(ws)
	var s Sorter = ws
	fmt.Println(s.Len(), s.Less(0, 1))
}
