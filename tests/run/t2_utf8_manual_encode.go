package main

import "fmt"

func encode(r rune) []byte {
	switch {
	case r < 0x80:
		return []byte{byte(r)}
	case r < 0x800:
		return []byte{0xC0 | byte(r>>6), 0x80 | byte(r)&0x3F}
	case r < 0x10000:
		return []byte{0xE0 | byte(r>>12), 0x80 | byte(r>>6)&0x3F, 0x80 | byte(r)&0x3F}
	default:
		return []byte{0xF0 | byte(r>>18), 0x80 | byte(r>>12)&0x3F, 0x80 | byte(r>>6)&0x3F, 0x80 | byte(r)&0x3F}
	}
}

func decode(b []byte) (rune, int) {
	c := b[0]
	switch {
	case c < 0x80:
		return rune(c), 1
	case c < 0xE0:
		return rune(c&0x1F)<<6 | rune(b[1]&0x3F), 2
	case c < 0xF0:
		return rune(c&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F), 3
	default:
		return rune(c&0x07)<<18 | rune(b[1]&0x3F)<<12 | rune(b[2]&0x3F)<<6 | rune(b[3]&0x3F), 4
	}
}

func main() {
	for _, r := range []rune{'A', 'é', 'ߐ', '€', '世', '😀', 0x10FFFF} {
		mine := encode(r)
		std := []byte(string(r))
		d, n := decode(mine)
		fmt.Printf("%U % x match=%v decode=%U/%d\n", r, mine, string(mine) == string(std), d, n)
	}
	var all []byte
	for _, r := range "añ€😀" {
		all = append(all, encode(r)...)
	}
	fmt.Println(string(all), len(all))
}
