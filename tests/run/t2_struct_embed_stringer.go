package main

import "fmt"

type ID int

func (i ID) String() string { return fmt.Sprintf("ID#%d", int(i)) }

type User struct {
	ID
	Name string
}

type Pair struct {
	Public  ID
	private ID
}

type Named struct {
	Name string
}

type Doc struct {
	*Named
	Pages int
}

func main() {
	u := User{7, "ann"}
	fmt.Println(u)
	fmt.Printf("%v %+v %s\n", u, u, u)
	fmt.Println(u.Name, u.ID, int(u.ID))
	p := Pair{1, 2}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	d := Doc{&Named{"readme"}, 3}
	fmt.Println(d.Name, d.Pages)
	fmt.Printf("%+v\n", *d.Named)
}
