package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals)
}

func first(xs ...string) string {
	if len(xs) == 0 {
		return "<none>"
	}
	return xs[0]
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func isNil(xs ...int) bool { return xs == nil }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(sum(nums[1:]...))
	fmt.Println(describe("v:", 1, "a", true))
	fmt.Println(describe("none:"))
	fmt.Println(first(), first("x", "y"))
	modify(nums...)
	fmt.Println(nums)
	modify(7, 8)
	fmt.Println(isNil(), isNil(nums[:0]...), isNil([]int(nil)...))
	args := []interface{}{"a", 1, 2.5}
	fmt.Println(args...)
	fmt.Println(args)
	fmt.Printf("%v-%v-%v\n", args...)
	f := func(sep string, parts ...string) string {
		out := ""
		for i, p := range parts {
			if i > 0 {
				out += sep
			}
			out += p
		}
		return out
	}
	fmt.Println(f("/", "usr", "local", "bin"))
	fmt.Printf("%T\n", f)
}
