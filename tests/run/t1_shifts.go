package main

import "fmt"

func main() {
	var one uint8 = 1
	for s := uint(0); s < 10; s++ {
		fmt.Print(one<<s, " ")
	}
	fmt.Println()
	var neg int8 = -128
	fmt.Println(neg>>1, neg>>7, neg>>8, neg>>100)
	var i int = -1
	fmt.Println(i>>63, i<<63, i>>1000)
	var u uint64 = 1
	fmt.Println(u<<63, u<<64, u<<65)
	x := 1
	n := 70
	fmt.Println(x<<n, -x>>n, x<<(n-7))
	var u32 uint32 = 0x80000000
	fmt.Println(u32>>31, u32<<1, u32>>32)
	var s16 int16 = 0x4000
	fmt.Println(s16<<1, s16<<2, s16>>14)
	a := 5
	a <<= 3
	fmt.Println(a)
	a >>= 2
	fmt.Println(a)
	var k uint = 3
	fmt.Println(1<<k, 1024>>k, int64(1)<<(k*20))
	const c = 1 << 62
	fmt.Println(c>>60, c/(1<<61))
	var b byte = 0xA5
	fmt.Printf("%08b %08b %08b\n", b, b<<4, b>>4)
}
