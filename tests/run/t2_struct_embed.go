package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Puppy struct {
	Dog
	AgeMonths int
}

func main() {
	d := Dog{Animal{"Rex", 4}, "collie"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Animal.Name, d.Describe())
	p := Puppy{Dog: Dog{Animal: Animal{Name: "Bit", Legs: 4}, Breed: "pug"}, AgeMonths: 3}
	fmt.Println(p.Name, p.Breed, p.AgeMonths, p.Dog.Animal.Legs)
	fmt.Println(p.Describe())
	p.Rename("Byte")
	fmt.Println(p.Name)
	fmt.Printf("%v\n%+v\n", p, p)
	d.Legs = 3
	fmt.Println(d.Animal)
}
