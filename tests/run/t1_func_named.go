package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (i int, s string, f float64, b bool) {
	return
}

func shadow(n int) (r int) {
	r = n
	{
		r := 100
		r++
	}
	return
}

func early(n int) (res string, ok bool) {
	if n < 0 {
		return "negative", false
	}
	res = "fine"
	ok = true
	return
}

func counter(n int) (count int) {
	for i := 0; i < n; i++ {
		count += i
	}
	return count * 2
}

func main() {
	fmt.Println(split(17))
	fmt.Println(zero())
	fmt.Printf("%q\n", fmt.Sprint(zero()))
	fmt.Println(shadow(5))
	fmt.Println(early(-1))
	fmt.Println(early(1))
	fmt.Println(counter(10))
}
