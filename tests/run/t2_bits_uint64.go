package main

import "fmt"

type Bitset uint64

func (b Bitset) Has(i uint) bool   { return b&(1<<i) != 0 }
func (b *Bitset) Set(i uint)       { *b |= 1 << i }
func (b *Bitset) Clear(i uint)     { *b &^= 1 << i }
func (b *Bitset) Toggle(i uint)    { *b ^= 1 << i }
func (b Bitset) Count() (n int) {
	for b != 0 {
		b &= b - 1
		n++
	}
	return
}

func main() {
	var b Bitset
	for _, i := range []uint{0, 3, 5, 63, 32} {
		b.Set(i)
	}
	fmt.Printf("%064b\n", uint64(b))
	fmt.Println(b.Has(3), b.Has(4), b.Count())
	b.Clear(3)
	b.Toggle(4)
	b.Toggle(63)
	fmt.Printf("%#x %d\n", uint64(b), b.Count())
	x := uint64(0xDEADBEEFCAFEBABE)
	fmt.Printf("%X %x %o\n", x, x>>32, x&0777)
	fmt.Printf("%016x %016x\n", x<<4, x>>60)
	rot := x<<8 | x>>56
	fmt.Printf("%x\n", rot)
	var s int64 = -8
	fmt.Println(s>>1, uint64(s)>>60, s<<60)
}
