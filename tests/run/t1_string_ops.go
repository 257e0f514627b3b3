package main

import "fmt"

func main() {
	s := "Hello"
	t := s + ", " + "World"
	fmt.Println(t, len(t))
	fmt.Println(t[0], t[7], string(t[7]))
	fmt.Println(t[:5], t[7:], t[3:9], t[:])
	fmt.Println(s == "Hello", s != "hello", s < "Help", "a" < "b", "abc" > "ab", "" < "a")
	fmt.Println("Z" < "a", "apple" <= "apple", "b" >= "abc")
	var e string
	fmt.Println(e == "", len(e))
	fmt.Printf("%q\n", e)
	u := s
	u += "!"
	fmt.Println(s, u)
	b := t[1]
	fmt.Printf("%T %v %c\n", b, b, b)
	cnt := 0
	for i := 0; i < len(t); i++ {
		if t[i] == 'o' || t[i] == 'l' {
			cnt++
		}
	}
	fmt.Println(cnt)
	r := ""
	for i := len(s) - 1; i >= 0; i-- {
		r += string(s[i])
	}
	fmt.Println(r)
	multi := `raw
string \n with "quotes"`
	fmt.Println(multi, len(multi))
	fmt.Println("tab\there", "nl\\n", "quote\"", "\x41\102\u00e9\U0001F600")
	fmt.Println(len("é"), len("\U0001F600"), len("日本語"))
}
