package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	samples := []string{
		"ok",
		"\xff",
		"\xc3",
		"\xc3\xa9",
		"\xe2\x82",
		"\xed\xa0\x80",
		"\xf4\x90\x80\x80",
		"a\x80b",
		"\xf0\x9f\x98\x80",
	}
	for _, s := range samples {
		fmt.Printf("%q valid=%t bytes=%d runes=%d", s, utf8.ValidString(s), len(s), utf8.RuneCountInString(s))
		fmt.Print(" |")
		for _, r := range s {
			fmt.Printf(" %U", r)
		}
		fmt.Println()
	}
	fmt.Println(string([]byte{0xff, 'a'}) == "\xffa")
	fmt.Printf("%s|%v|%x\n", "\xff", "\xfe", "\xfd")
	fmt.Println([]rune("\xff\xfe"))
	r, size := utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size, r == utf8.RuneError)
}
