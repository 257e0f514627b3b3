package main

import "fmt"

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func split(s string, sep byte) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf []byte
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		buf = append([]byte{byte('0' + d)}, buf...)
		n /= 10
	}
	if neg {
		return "-" + string(buf)
	}
	return string(buf)
}

func main() {
	fmt.Println(indexOf("hello world", "o w"), indexOf("abc", "d"), indexOf("aaa", ""))
	parts := split("a,b,,c", ',')
	fmt.Println(len(parts), parts)
	fmt.Printf("%q\n", split("", ','))
	fmt.Println(join(parts, "+"), join(nil, "x") == "")
	fmt.Println(itoa(0), itoa(12345), itoa(-9876), itoa(-9223372036854775808))
}
