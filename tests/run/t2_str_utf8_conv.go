package main

import "fmt"

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	s := "Hello, 世界!"
	fmt.Println(reverseRunes(s))
	fmt.Printf("%q\n", reverseBytes(s))
	fmt.Println(len(s), len([]rune(s)), len([]byte(s)))
	bs := []byte(s)
	fmt.Println(bs)
	fmt.Printf("% x\n", s)
	rs := []rune(s)
	fmt.Printf("%U\n", rs)
	fmt.Println(string(rs[7]), string(bs[7:10]))
	fmt.Printf("%q\n", string(bs[7:9]))
	fmt.Println(string([]rune{0x48, 0x49, -1, 0x10FFFF + 1}))
	fmt.Println([]byte(string(rune(0xE9))))
	var r rune = 'Ω'
	fmt.Println(r, string(r), []byte(string(r)))
	x := "\u00e9"
	y := "e\u0301"
	fmt.Println(x == y, len(x), len(y), x, y)
	fmt.Println(string(rune(65)) + string(rune(0x263A)))
}
