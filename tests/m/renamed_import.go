package main

import (
	"fmt"
	s "strings"
)

var p = fmt.Println

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("Repeat:    ", s.Repeat("a", 5))
	fmt.Println(s.ToUpper("x"))
}
