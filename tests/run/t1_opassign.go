package main

import "fmt"

func main() {
	x := 100
	x += 5
	fmt.Println(x)
	x -= 15
	fmt.Println(x)
	x *= 3
	fmt.Println(x)
	x /= 7
	fmt.Println(x)
	x %= 17
	fmt.Println(x)
	x <<= 4
	fmt.Println(x)
	x >>= 2
	fmt.Println(x)
	x &= 0x1c
	fmt.Println(x)
	x |= 0x101
	fmt.Println(x)
	x ^= 0xff
	fmt.Println(x)
	x &^= 0x0f
	fmt.Println(x)
	x++
	x++
	x--
	fmt.Println(x)
	f := 1.5
	f += 2
	f *= f
	f /= 3
	f -= 0.25
	f++
	fmt.Println(f)
	s := "a"
	s += "b"
	s += s
	fmt.Println(s)
	var u8 uint8 = 250
	u8 += 10
	fmt.Println(u8)
	u8--
	u8 -= 10
	fmt.Println(u8)
	arr := []int{1, 2, 3}
	arr[1] += 40
	arr[2]++
	i := 0
	arr[i] *= 9
	fmt.Println(arr)
}
