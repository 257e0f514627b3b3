package main

import "fmt"

func mul8(a, b int8) int8    { return a * b }
func add16(a, b int16) int16 { return a + b }
func sub32(a, b int32) int32 { return a - b }
func neg64(a int64) int64    { return -a }

func main() {
	fmt.Println(mul8(16, 16), mul8(-128, -1), mul8(100, 3))
	fmt.Println(add16(32767, 1), add16(-32768, -1), add16(20000, 20000))
	fmt.Println(sub32(-2147483648, 1), sub32(2147483647, -1))
	fmt.Println(neg64(-9223372036854775808), neg64(5))
	var f int64 = 1
	for i := 1; i <= 25; i++ {
		f *= int64(i)
		if i >= 19 {
			fmt.Println(i, f)
		}
	}
	var s int32 = 1
	for i := 0; i < 40; i++ {
		s = s*31 + int32(i)
	}
	fmt.Println(s)
	var x int = 9223372036854775807
	x++
	fmt.Println(x)
}
