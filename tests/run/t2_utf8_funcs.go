package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界! 😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0x110000, 0xD800} {
		fmt.Print(utf8.RuneLen(r), " ")
	}
	fmt.Println()
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	fmt.Println(utf8.ValidString(s), utf8.ValidString("\xff"), utf8.Valid([]byte("ok")))
	fmt.Println(utf8.ValidRune('a'), utf8.ValidRune(0xD800), utf8.ValidRune(0x10FFFF))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.RuneStart(s[7]), utf8.RuneStart(s[8]), utf8.FullRuneInString("\xe4\xb8"))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.RuneError)
	b := utf8.AppendRune(nil, 'ü')
	fmt.Println(b, string(b))
}
