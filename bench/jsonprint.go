// jsonprint: builds a tree of interface values (objects as ordered key/value slices, arrays,
// strings, float64s, ints, bools, nil) and prints it as indented JSON with fmt — %q, %d, %g,
// %v, Sprintf and Fprintf — into a buffer that is hashed (fmt's verbs, interfaces, type
// switches, recursion).
// bench: args=8 small=3
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Field struct {
	Key   string
	Value any
}

type Object []Field

type Array []any

var names = []string{"id", "name", "price", "tags", "child", "ok", "note", "ratio"}

func build(depth, seed int) any {
	if depth == 0 {
		switch seed % 6 {
		case 0:
			return seed * 7919
		case 1:
			return float64(seed) / 7
		case 2:
			return "leaf \"" + strconv.Itoa(seed) + "\"\t\u00e9"
		case 3:
			return seed%4 == 1
		case 4:
			return nil
		default:
			return int64(-seed)
		}
	}
	if depth%2 == 0 {
		a := Array{}
		for i := 0; i < 4; i++ {
			a = append(a, build(depth-1, seed*3+i))
		}
		return a
	}
	o := Object{}
	for i := 0; i < 5; i++ {
		o = append(o, Field{names[(seed+i)%len(names)], build(depth-1, seed*5+i)})
	}
	return o
}

func write(b *strings.Builder, v any, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		fmt.Fprintf(b, "%v", x)
	case int:
		fmt.Fprintf(b, "%d", x)
	case int64:
		b.WriteString(fmt.Sprintf("%+d", x))
	case float64:
		fmt.Fprintf(b, "%g", x)
	case string:
		fmt.Fprintf(b, "%q", x)
	case Array:
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(pad + "  ")
			write(b, e, indent+1)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "]")
	case Object:
		b.WriteString("{\n")
		for i, f := range x {
			fmt.Fprintf(b, "%s  %q: ", pad, f.Key)
			write(b, f.Value, indent+1)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "}")
	default:
		fmt.Fprintf(b, "%v", x)
	}
}

func main() {
	depth := 8
	if len(os.Args) > 1 {
		depth, _ = strconv.Atoi(os.Args[1])
	}
	var total int
	var h uint64 = 14695981039346656037
	for round := 0; round < 3; round++ {
		tree := build(depth, round+1)
		var b strings.Builder
		write(&b, tree, 0)
		s := b.String()
		total += len(s)
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * 1099511628211
		}
		if round == 0 {
			lines := strings.Split(s, "\n")
			for _, l := range lines[:12] {
				fmt.Println(l)
			}
		}
	}
	fmt.Printf("%d bytes, fnv-1a %016x\n", total, h)
}
