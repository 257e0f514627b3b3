package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("no separator", "|"))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 0))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  leading and   trailing \t spaces\n "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Join([]string{"solo"}, "-"))
	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Println(strings.Join(strings.Split("a b c", " "), ", "))
	parts := strings.Split("key=value=more", "=")
	fmt.Println(len(parts), parts[0], strings.Join(parts[1:], "="))
	before, after, found := strings.Cut("user@example.com", "@")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("nothing", "@")
	fmt.Printf("%q %q %v\n", before, after, found)
}
