package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, World! Hello, Go!  "
	fmt.Println(strings.TrimSpace(s))
	fmt.Println(strings.Count(s, "Hello"), strings.Index(s, "World"), strings.LastIndex(s, "Hello"))
	fmt.Println(strings.Contains(s, "Go"), strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, 'W'))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO"), strings.Title("hello go world"), strings.ToTitle("loud"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Trim("  !hi! ", " !"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		if r == ' ' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "Hello World"))
	fmt.Println(strings.IndexFunc("hello123", unicode.IsDigit), strings.IndexAny("golang", "ny"), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.LastIndexAny("golang", "go"), strings.LastIndexByte("golang", 'g'))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))

	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('🚀')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	b.Grow(64)
	fmt.Println(b.Len(), b.String() == "")

	r := strings.NewReader("some io.Reader stream to be read")
	buf := make([]byte, 8)
	n, _ := r.Read(buf)
	fmt.Println(n, string(buf[:n]), r.Len(), r.Size())
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	r.Seek(5, io.SeekStart)
	c, _ := r.ReadByte()
	fmt.Println(string(c))

	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep.Replace("<a href=\"x&y\">link</a>"))
	rep2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(rep2.Replace("aaaa"))
	fmt.Println(strings.Clone("clone"), strings.ContainsAny("", ""), strings.Count("five", ""))
}
