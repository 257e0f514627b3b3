package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{3, 4}
	fmt.Println(pt, pt.X*pt.Y)
	people := []struct {
		Name string
		Age  int
	}{
		{"Alice", 30},
		{"Bob", 25},
	}
	for _, p := range people {
		fmt.Printf("%s is %d\n", p.Name, p.Age)
	}
	fmt.Printf("%+v\n", people)
	var cfg struct {
		Verbose bool
		Level   int
	}
	cfg.Level = 3
	fmt.Printf("%+v %T\n", cfg, cfg)
	tests := []struct {
		in   int
		want string
	}{{1, "odd"}, {2, "even"}, {7, "odd"}}
	for _, tc := range tests {
		got := "even"
		if tc.in%2 == 1 {
			got = "odd"
		}
		fmt.Println(tc.in, got == tc.want)
	}
	empty := struct{}{}
	fmt.Println(empty)
	fmt.Printf("%v %+v %T\n", empty, empty, empty)
}
