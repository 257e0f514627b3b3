package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b, -a/-b, -a%-b)
	c := 0
	c += 7
	c -= 2
	c *= 6
	c /= 4
	c %= 5
	fmt.Println(c)
	x := 1
	for i := 0; i < 10; i++ {
		x = x*3 + 1
	}
	fmt.Println(x)
	var big int64 = 1 << 40
	fmt.Println(big, big*1000, big/7)
	var u uint = 100
	fmt.Println(u/7, u%7, u-1)
	fmt.Println(7&3, 7|8, 7^2, 7&^5)
	fmt.Println(^0, ^5, -(-3))
	var i8 int8 = -128
	fmt.Println(i8/-1, i8*-1, -i8)
	var i32 int32 = -2147483648
	fmt.Println(i32/-1, i32%-1)
	var i64 int64 = -9223372036854775808
	fmt.Println(i64/-1, i64%-1)
}
