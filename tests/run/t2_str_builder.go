package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString(fmt.Sprintf("%d,", i))
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
	var b2 strings.Builder
	fmt.Println(b2.Len(), b2.String() == "")
	words := []string{"alpha", "beta", "gamma"}
	for i, w := range words {
		if i > 0 {
			b2.WriteString(" | ")
		}
		b2.WriteString(strings.ToUpper(w))
	}
	fmt.Println(b2.String())
	b2.Reset()
	b2.WriteString("reset")
	fmt.Println(b2.String())
	var b3 strings.Builder
	b3.Grow(64)
	for c := 'a'; c <= 'z'; c++ {
		b3.WriteRune(c)
	}
	fmt.Println(b3.String(), b3.Len())
	n, err := b3.WriteString("123")
	fmt.Println(n, err, b3.Len())
}
