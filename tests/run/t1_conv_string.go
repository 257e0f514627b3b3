package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))
	r := 'é'
	fmt.Println(string(r), len(string(r)))
	fmt.Printf("%q %q\n", string(rune(-1)), string(rune(0x110000)))
	fmt.Printf("%q\n", string(rune(0xD800)))
	b := []byte("hello")
	fmt.Println(b, len(b), cap(b) >= 5)
	b[0] = 'j'
	fmt.Println(string(b))
	s := string(b[1:4])
	fmt.Println(s)
	rs := []rune("héllo, 世界")
	fmt.Println(len(rs), rs)
	rs[1] = 'e'
	rs[7] = '地'
	fmt.Println(string(rs))
	fmt.Println(string(rs[7:]))
	e := []byte("")
	fmt.Println(e, len(e), string(e) == "")
	var nb []byte
	fmt.Printf("%q\n", string(nb))
	bb := []byte{72, 105, 0xe2, 0x82, 0xac}
	fmt.Println(string(bb))
	fmt.Println([]byte("€"), []rune("€"))
	var by byte = 'A'
	fmt.Println(string(rune(by + 2)))
	var i8 int8 = 66
	fmt.Println(string(rune(i8)))
}
