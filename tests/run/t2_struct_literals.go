package main

import "fmt"

type Config struct {
	Host    string
	Port    int
	Debug   bool
	Tags    []string
	Limits  map[string]int
	Backup  *Config
	Weights [3]float64
}

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func main() {
	c := Config{Host: "localhost", Port: 8080}
	fmt.Printf("%+v\n", c)
	d := Config{
		Host:    "example.com",
		Port:    443,
		Debug:   true,
		Tags:    []string{"a", "b"},
		Limits:  map[string]int{"max": 10, "min": 1},
		Weights: [3]float64{0.5, 0.25},
	}
	fmt.Printf("%+v\n", d)
	items := []Item{
		{"apple", 0.5, 10},
		{Name: "pear", Qty: 3},
		{},
	}
	total := 0.0
	for _, it := range items {
		total += it.Price * float64(it.Qty)
	}
	fmt.Println(items, total)
	ptrs := []*Item{{"x", 1, 1}, {Name: "y"}}
	fmt.Println(ptrs[0].Name, *ptrs[1])
	m := map[string]Item{"k": {"kiwi", 0.2, 5}}
	fmt.Println(m)
	arr := [...]Item{{Name: "a"}, {Name: "b"}}
	fmt.Println(len(arr), arr)
	nested := [][]Item{{{"n", 1, 1}}}
	fmt.Println(nested)
}
