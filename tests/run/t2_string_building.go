package main

import (
	"fmt"
	"strings"
)

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	s := ""
	for i := 0; i < 1000; i++ {
		s += string(rune('a' + i%26))
	}
	fmt.Println(len(s), hash(s), s[:30])
	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		sb.WriteString(fmt.Sprint(i))
	}
	t := sb.String()
	fmt.Println(len(t), hash(t), t[len(t)-12:])
	parts := make([]string, 0, 100)
	for i := 0; i < 100; i++ {
		parts = append(parts, strings.Repeat("*", i%5))
	}
	j := strings.Join(parts, "|")
	fmt.Println(len(j), hash(j))
	b := make([]byte, 0, 16)
	for i := 0; i < 300; i++ {
		b = append(b, byte('0'+i%10))
	}
	fmt.Println(len(b), string(b[295:]), hash(string(b)))
}
