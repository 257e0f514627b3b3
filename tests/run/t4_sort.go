package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }

func main() {
	ints := []int{5, 2, 8, -1, 9, 0, 3, 3, 7}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 3), sort.SearchInts(ints, 4))

	strs := []string{"pear", "apple", "fig", "banana", "Cherry"}
	sort.Strings(strs)
	fmt.Println(strs, sort.SearchStrings(strs, "fig"))

	fl := []float64{2.5, -1, 3.25, 0, 1e10}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}}
	sort.Stable(byAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(byAge(people)))
	fmt.Println(people[0], people[len(people)-1])

	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].age < people[j].age }))

	// a larger input: the same order of equal elements as gc (pdqsort)
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 101
	}
	sort.Ints(big)
	fmt.Println(big[:10], big[190:])
	idx := sort.Search(len(big), func(i int) bool { return big[i] >= 50 })
	fmt.Println(idx, big[idx])

	words := []string{"b", "a", "c", "a", "b"}
	sort.Sort(sort.StringSlice(words))
	fmt.Println(words, sort.IsSorted(sort.StringSlice(words)))
	x := sort.IntSlice{3, 1, 2}
	x.Sort()
	fmt.Println(x, x.Search(2))
}
