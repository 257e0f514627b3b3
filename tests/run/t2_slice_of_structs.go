package main

import "fmt"

type Employee struct {
	Name   string
	Salary int
	Tags   []string
}

func raise(es []Employee, pct int) {
	for i := range es {
		es[i].Salary += es[i].Salary * pct / 100
	}
}

func sortBySalary(es []Employee) {
	for i := 0; i < len(es); i++ {
		for j := i + 1; j < len(es); j++ {
			if es[j].Salary > es[i].Salary {
				es[i], es[j] = es[j], es[i]
			}
		}
	}
}

func main() {
	staff := []Employee{
		{"ann", 5000, nil},
		{"bob", 4000, []string{"new"}},
		{"cy", 6000, []string{"lead", "ops"}},
	}
	raise(staff, 10)
	sortBySalary(staff)
	for _, e := range staff {
		fmt.Printf("%-4s %5d %v\n", e.Name, e.Salary, e.Tags)
	}
	staff[0].Tags = append(staff[0].Tags, "top")
	fmt.Printf("%+v\n", staff[0])
	ptrs := make([]*Employee, 0, len(staff))
	for i := range staff {
		ptrs = append(ptrs, &staff[i])
	}
	ptrs[2].Salary = 1
	fmt.Println(staff[2].Salary, *ptrs[2])
	fmt.Println(len(staff), cap(ptrs))
}
