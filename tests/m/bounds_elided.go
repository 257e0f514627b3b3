package main

import "fmt"

const hex = "0123456789abcdef"

var table [64]int

func main() {
	k := 0x1234
	var u uint64 = 0x022fdd63cc95386d
	var out [4]byte
	out[0] = hex[k>>12&0xf]
	out[1] = hex[k&0xf]
	for p := uint(0); p < 64; p++ {
		table[u<<p>>58] = int(p)
	}
	var small [256]int
	var b byte = 200
	small[b] = 1
	small[b%16] = 2
	fmt.Println(string(out[:2]), table[0], small[200], small[8])
}
