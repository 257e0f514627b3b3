package main

import "fmt"

func main() {
	s := "gosub"
	fmt.Printf("%s|%v|%q|%x|%X|% x|%#q\n", s, s, s, s, s, s, s)
	fmt.Printf("%10s|%-10s|%.2s|%10.3s|%-10.3s|\n", s, s, s, s, s)
	fmt.Printf("%q\n", "tab\tnew\nquote\"back\\")
	fmt.Printf("%+q\n", "héllo 世界")
	fmt.Printf("%q\n", "héllo 世界")
	fmt.Printf("%#q %#q\n", "back`tick", "plain")
	fmt.Printf("%x %X\n", "\xff\x00hi", "é")
	fmt.Printf("%s %v\n", []byte("bytes"), []byte("ab"))
	fmt.Printf("%q %x\n", []byte("q"), []byte("xyz"))
	fmt.Printf("[%5s][%-5s][%05s]\n", "ab", "ab", "ab")
	fmt.Printf("[%.0s][%.10s]\n", "abc", "abc")
	fmt.Printf("%s|%q\n", "", "")
	fmt.Printf("%.3s|\n", "日本語日本語")
	fmt.Printf("%5.1s|\n", "日本語")
	fmt.Printf("%q\n", "\x00\x7f\xfe")
	fmt.Printf("%q\n", "\u2028 \u00a0")
	fmt.Printf("%v %s\n", "a", "b")
	fmt.Printf("%c|%c\n", 'é', 65)
	fmt.Printf("%t %t %v\n", true, false, true)
	fmt.Printf("%5t|%-6t|\n", true, false)
}
