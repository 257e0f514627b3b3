package main

import "fmt"

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	count := 0
	for range s {
		count++
	}
	fmt.Println(len(s), count)
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("%d:%q(%U) ", i, r, r)
	}
	fmt.Println()
	rs := []rune(bad)
	fmt.Println(len(rs), rs)
	fmt.Println(string(rs) == bad, len(string(rs)))
	var last rune
	for _, last = range "xyz" {
	}
	fmt.Println(string(last))
}
