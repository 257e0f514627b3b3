package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	names := []string{"read", "write", "exec"}
	for i, n := range names {
		if p&(1<<uint(i)) != 0 {
			parts = append(parts, n)
		}
	}
	if rest := p &^ All; rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(rest)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

func main() {
	var p Perm
	fmt.Println(p)
	p |= Read | Exec
	fmt.Println(p, p.Has(Read), p.Has(Write), p.Has(Read|Exec))
	p ^= All
	fmt.Println(p)
	fmt.Println(All, Perm(0xF0|1))
	fmt.Printf("%d %v %s %08b\n", All, All, Write, uint8(All))
	perms := []Perm{Read, Write, Exec, All, 0}
	fmt.Println(perms)
	m := map[Perm]string{Read: "r", Write: "w"}
	fmt.Println(m)
}
