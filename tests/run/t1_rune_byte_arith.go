package main

import "fmt"

func rot13(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return string(b)
}

func upper(s string) string {
	r := []rune(s)
	for i := range r {
		if r[i] >= 'a' && r[i] <= 'z' {
			r[i] -= 'a' - 'A'
		}
	}
	return string(r)
}

func main() {
	fmt.Println(rot13("Hello, World!"), rot13(rot13("Hello, World!")))
	fmt.Println(upper("héllo wörld"))
	c := 'a'
	c++
	fmt.Println(c, string(c))
	var b byte = 'z'
	b++
	fmt.Println(b, string(rune(b)))
	d := '9' - '0'
	fmt.Printf("%v %T\n", d, d)
	var digits []int
	for _, ch := range "90210" {
		digits = append(digits, int(ch-'0'))
	}
	fmt.Println(digits)
	r := rune(0x10FFFF)
	fmt.Printf("%x %q\n", r+1, r+1)
	fmt.Println('\n', '\'', '\\', '\x41', '\u00e9', '\U0001F600', '\101')
}
