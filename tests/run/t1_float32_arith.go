package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, b-a)
	fmt.Println(float64(a), float64(a+b))
	var sum float32
	for i := 0; i < 10; i++ {
		sum += a
	}
	fmt.Println(sum, sum == 1)
	var big float32 = 16777216
	fmt.Println(big+1, big+2, big*2)
	var c float32 = 1.0 / 3
	fmt.Println(c, c*3)
	fmt.Printf("%v %.10f %g %e\n", c, c, c, c)
	var d float32 = 3.4e38
	fmt.Println(d*10, -d*10)
	var e float32 = 1e-45
	fmt.Println(e, e/2)
	x := float32(2.5)
	y := float64(x) * 1.1
	fmt.Println(y, float32(y))
	var i int32 = 123456789
	fmt.Println(float32(i), int32(float32(i)))
	fmt.Println(float32(0.1) == 0.1, float64(float32(0.1)) == 0.1)
	fmt.Printf("%T %T\n", a*2, float64(a)*2)
}
