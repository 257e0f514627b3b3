package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println("(Go 1.19: one i shared by all iterations)")
	var gs []func() int
	for i := 0; i < 3; i++ {
		i := i
		gs = append(gs, func() int { return i })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var hs []func() string
	for _, s := range []string{"a", "b", "c"} {
		hs = append(hs, func() string { return s })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	var ks []func() string
	for _, s := range []string{"a", "b", "c"} {
		ks = append(ks, func(v string) func() string {
			return func() string { return v }
		}(s))
	}
	for _, k := range ks {
		fmt.Print(k(), " ")
	}
	fmt.Println()
	total := 0
	for i := 1; i <= 4; i++ {
		func() { total += i }()
	}
	fmt.Println(total)
}
