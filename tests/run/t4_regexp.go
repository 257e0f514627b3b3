package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "alice@example.com, bob@test.com; nobody@nowhere.org"
	fmt.Println(re.MatchString(text), re.FindString(text), re.FindStringIndex(text))
	fmt.Printf("%q\n", re.FindAllString(text, -1))
	fmt.Printf("%q\n", re.FindStringSubmatch(text))
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		fmt.Println(m[1], "at", m[2])
	}
	fmt.Println(re.ReplaceAllString(text, "<$2:$1>"))
	fmt.Println(re.ReplaceAllStringFunc(text, strings.ToUpper))
	fmt.Println(re.NumSubexp(), re.String())

	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := named.FindStringSubmatch("date: 2022-08-02")
	for i, name := range named.SubexpNames() {
		if name != "" {
			fmt.Println(name, m[i])
		}
	}
	fmt.Println(named.ReplaceAllString("2022-08-02", "${day}/${month}/${year}"))

	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1))
	fmt.Println(regexp.MustCompile(`^[a-z]+\[[0-9]+\]$`).MatchString("adam[23]"))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	ok, _ := regexp.MatchString(`(?i)GO+`, "gooo")
	fmt.Println(ok)
	b := regexp.MustCompile(`o+`).ReplaceAll([]byte("foo boo"), []byte("0"))
	fmt.Println(string(b))
	long := regexp.MustCompile(`a.*b|c+`)
	prefix, complete := long.LiteralPrefix()
	fmt.Println(long.FindAllStringIndex("xaxxbxcccxab", -1), prefix, complete)
}
