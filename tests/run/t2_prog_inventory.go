package main

import (
	"fmt"
	"strings"
)

type Category int

const (
	Food Category = iota
	Tools
	Toys
)

func (c Category) String() string {
	switch c {
	case Food:
		return "food"
	case Tools:
		return "tools"
	case Toys:
		return "toys"
	}
	return fmt.Sprintf("Category(%d)", int(c))
}

type Item struct {
	Name  string
	Cat   Category
	Price float64
	Qty   int
}

type Inventory []Item

func (inv Inventory) ByCategory() map[Category][]string {
	out := map[Category][]string{}
	for _, it := range inv {
		out[it.Cat] = append(out[it.Cat], it.Name)
	}
	return out
}

func (inv Inventory) Value() (total float64) {
	for _, it := range inv {
		total += it.Price * float64(it.Qty)
	}
	return
}

func (inv Inventory) Filter(pred func(Item) bool) Inventory {
	var out Inventory
	for _, it := range inv {
		if pred(it) {
			out = append(out, it)
		}
	}
	return out
}

func main() {
	inv := Inventory{
		{"apple", Food, 0.5, 100},
		{"hammer", Tools, 12.99, 3},
		{"yoyo", Toys, 2.25, 10},
		{"bread", Food, 2.0, 0},
		{"saw", Tools, 20, 1},
	}
	fmt.Printf("total value: %.2f\n", inv.Value())
	fmt.Println(inv.ByCategory())
	empty := inv.Filter(func(it Item) bool { return it.Qty == 0 })
	fmt.Println(len(empty), empty)
	cheap := inv.Filter(func(it Item) bool { return it.Price < 5 })
	names := make([]string, len(cheap))
	for i, it := range cheap {
		names[i] = strings.ToUpper(it.Name)
	}
	fmt.Println(strings.Join(names, ","))
	fmt.Println(Category(7), Toys)
	fmt.Printf("%v %d %s\n", Tools, Tools, Food)
}
