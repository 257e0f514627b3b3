package main

import "fmt"

func main() {
	var a uint8 = 200
	var b uint8 = 100
	fmt.Println(a+b, b-a, a*b, a*2)
	var z uint = 0
	z--
	fmt.Println(z)
	var u16 uint16 = 1
	for i := 0; i < 17; i++ {
		u16 *= 2
	}
	fmt.Println(u16)
	var u32 uint32 = 3000000000
	fmt.Println(u32+u32, u32*3)
	var u64 uint64 = 1 << 63
	fmt.Println(u64, u64*2, u64+u64-1)
	var x uint8
	sum := 0
	for i := 0; i < 300; i++ {
		x++
		sum += int(x)
	}
	fmt.Println(x, sum)
	var n uint32 = 0
	n -= 5
	fmt.Println(n, -n)
	var m uint64 = 5
	fmt.Println(-m, ^m)
	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
}
