package main

import "fmt"

type op func(float64, float64) (float64, error)

func main() {
	ops := map[string]op{
		"add": func(a, b float64) (float64, error) { return a + b, nil },
		"sub": func(a, b float64) (float64, error) { return a - b, nil },
		"div": func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			return a / b, nil
		},
	}
	calls := []struct {
		name string
		a, b float64
	}{{"add", 1, 2}, {"sub", 5, 8}, {"div", 1, 4}, {"div", 1, 0}, {"mul", 2, 2}}
	for _, c := range calls {
		f, ok := ops[c.name]
		if !ok {
			fmt.Println(c.name, "unknown op")
			continue
		}
		r, err := f(c.a, c.b)
		fmt.Println(c.name, r, err)
	}
	fmt.Println(len(ops), ops["nope"] == nil)
}
