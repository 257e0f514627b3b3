package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func main() {
	fmt.Println(popcount(0), popcount(255), popcount(1<<63|1), popcount(^uint64(0)))
	fmt.Println(reverseBits(1), reverseBits(0xF0), reverseBits(0xA5))
	a, b := 0xF0F0, 0x0FF0
	fmt.Printf("%#x %#x %#x %#x\n", a&b, a|b, a^b, a&^b)
	fmt.Printf("%x\n", ^uint16(a))
	var i int32 = -1
	fmt.Printf("%x %d\n", uint32(i), i&0xff)
	flags := 0
	const (
		A = 1 << iota
		B
		C
		D
	)
	flags |= A | C
	fmt.Println(flags, flags&B != 0, flags&C != 0)
	flags &^= C
	flags ^= D
	fmt.Println(flags)
}
