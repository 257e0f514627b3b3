package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	a, b := 7.5, 2.0
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(sqrt(2), sqrt(9), sqrt(1e10))
	var acc float64
	for i := 1; i <= 100; i++ {
		acc += 1 / float64(i)
	}
	fmt.Println(acc)
	fmt.Printf("%.15f\n", acc)
	x := 1e308
	fmt.Println(x*10 > x, x*10)
	y := 1e-320
	fmt.Println(y, y/1e10)
	c := 0.1
	d := 0.7
	fmt.Println(c*3, d*3, c+d, 1-d)
	fmt.Println(float64(1)/3*3, 9007199254740993.0)
	e := 2.0
	for i := 0; i < 5; i++ {
		e *= e
	}
	fmt.Println(e)
	fmt.Println(-0.0 == 0.0, 1.0 == 1)
	var f float64 = 5
	f /= 2
	f -= 0.5
	fmt.Println(f, f == 2)
	g := 123.456
	fmt.Println(g-float64(int(g)), int(g*1000))
}
