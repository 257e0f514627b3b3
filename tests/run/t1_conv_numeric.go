package main

import "fmt"

func main() {
	var i int = 300
	fmt.Println(int8(i), uint8(i), int16(i), uint16(i))
	var n int = -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n), uint(n))
	var big int64 = 1<<40 + 1<<20 + 7
	fmt.Println(int32(big), uint32(big), int16(big), int8(big))
	var u uint32 = 0xFFFFFFF0
	fmt.Println(int32(u), int64(u), int8(u))
	var b byte = 200
	fmt.Println(int8(b), int(b), rune(b))
	var neg8 int8 = -56
	fmt.Println(uint8(neg8), uint64(neg8), int64(neg8), uint16(neg8))
	var f float64 = 3.99
	fmt.Println(int(f), int(-f), int64(f*100), uint8(f))
	var f32 float32 = 16777217
	fmt.Println(f32, int(f32), float64(f32))
	var d float64 = 1e10
	fmt.Println(int64(d), float32(d))
	x := 7
	fmt.Println(float64(x)/2, float32(x)/3)
	var r rune = 0x1F600
	fmt.Println(int(r), uint16(r), byte(r))
	p53 := int64(1)<<53 + 1
	fmt.Println(float64(p53), int64(float64(p53)))
	h, g := 0.5, 0.999999
	fmt.Println(uint64(float64(1<<63)), int(float32(g)))
	fmt.Println(int(-h), int(h*5), int(-h*5))
}
