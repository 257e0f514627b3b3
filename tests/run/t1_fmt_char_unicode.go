package main

import "fmt"

func main() {
	for _, r := range []rune{'A', 'z', '0', ' ', 'é', 'ß', '世', '😀', '\t', 0x7f, 0xFFFD} {
		fmt.Printf("%c|%q|%U|%#U|%d|%x\n", r, r, r, r, r, r)
	}
	fmt.Printf("%+q %+q\n", 'é', '世')
	fmt.Printf("%#q %#q\n", 'x', '\'')
	fmt.Printf("%q\n", '\'')
	fmt.Printf("%q %q\n", '\\', '"')
	fmt.Printf("%q\n", "'\"")
	var b byte = 'B'
	fmt.Printf("%c %q %v %d\n", b, b, b, b)
	fmt.Println('a', "a", string(rune('a')))
}
