package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	pairs := []int{7, 2, -7, 2, 7, -2, -7, -2, 0, 5, 1, 1, 9, 10}
	for i := 0; i < len(pairs); i += 2 {
		q, r := divmod(pairs[i], pairs[i+1])
		fmt.Printf("%d / %d = %d rem %d\n", pairs[i], pairs[i+1], q, r)
	}
	var a int8 = -7
	var b int8 = 2
	fmt.Println(a/b, a%b)
	var ua uint8 = 250
	fmt.Println(ua/7, ua%7)
	fmt.Println(-7>>1, -7/2)
	fmt.Println(1e9/3, 10/4, 10/4.0, 10.0/4)
	x := 10
	fmt.Println(x/4, float64(x)/4)
	fmt.Println(7.5/2.5, -1/3.0)
}
