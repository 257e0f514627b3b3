package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsRune(s, 'z'), strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, ""))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "cat"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.Index("", ""), strings.Index("abc", ""))
	fmt.Println(strings.HasPrefix(s, "the q"), strings.HasPrefix(s, "quick"), strings.HasPrefix(s, ""))
	fmt.Println(strings.HasSuffix(s, "dog"), strings.HasSuffix(s, "cat"), strings.HasSuffix("", ""))
	fmt.Println(strings.Count(s, "o"), strings.Count(s, "the"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("GoLang", "golang"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Index("日本語", "語"), strings.IndexRune("日本語", '本'))
}
