package main

import (
	"fmt"
	"strconv"
	"strings"
)

func render(v interface{}, indent int) string {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(x)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		return strconv.Quote(x)
	case []interface{}:
		if len(x) == 0 {
			return "[]"
		}
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = pad + "  " + render(e, indent+1)
		}
		return "[\n" + strings.Join(parts, ",\n") + "\n" + pad + "]"
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		for i := 1; i < len(keys); i++ {
			for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
			}
		}
		var parts []string
		for _, k := range keys {
			parts = append(parts, pad+"  "+strconv.Quote(k)+": "+render(x[k], indent+1))
		}
		return "{\n" + strings.Join(parts, ",\n") + "\n" + pad + "}"
	default:
		return fmt.Sprintf("\"<%T>\"", x)
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "gosub",
		"version": 1.5,
		"stable":  false,
		"tags":    []interface{}{"compiler", "go", 42, nil},
		"owner":   map[string]interface{}{"id": 7, "email": "a@b.c"},
		"empty":   []interface{}{},
		"weird":   struct{}{},
	}
	fmt.Println(render(doc, 0))
}
