package main

import "fmt"

type Money struct {
	Cents int64
}

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }

func total(items map[string]interface{}) (sum float64, skipped []string) {
	keys := []string{}
	for k := range items {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		switch v := items[k].(type) {
		case int:
			sum += float64(v)
		case float64:
			sum += v
		case Money:
			sum += float64(v.Cents) / 100
		case fmt.Stringer:
			skipped = append(skipped, k+"="+v.String())
		default:
			skipped = append(skipped, fmt.Sprintf("%s(%T)", k, v))
		}
	}
	return
}

func main() {
	items := map[string]interface{}{
		"a": 10,
		"b": 2.5,
		"c": Money{1999},
		"d": "text",
		"e": nil,
		"f": []int{1},
		"g": &Money{5},
	}
	fmt.Println(total(items))
	fmt.Println(items["c"], items["g"])
}
