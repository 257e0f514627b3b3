package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello"))
	fmt.Println(strconv.Quote("tab\there\nnewline \"quoted\" \\"))
	fmt.Println(strconv.Quote("héllo 世界"))
	fmt.Println(strconv.QuoteToASCII("héllo 世界"))
	fmt.Println(strconv.Quote("\x00\x7f\xff"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote("`raw\\n`")
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote(`'x'`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote(`"unterminated`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.AppendInt([]byte("n="), -12, 10))
	fmt.Println(string(strconv.AppendQuote([]byte("q="), "x")))
}
