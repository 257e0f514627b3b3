package main

import "fmt"

func main() {
	fmt.Println(0.1, 0.2, 0.1+0.2, 1.0, 3.0, -2.5)
	fmt.Println(1e20, 1e21, 1e-4, 1e-5, 123456789.0, 1234567890123.0)
	fmt.Println(1e-7, 12345e-10, 100000000000000000000.0, 999999999999999999999.0)
	fmt.Println(3.141592653589793, 2.718281828459045, 1.0/3.0, 2.0/3.0)
	fmt.Println(float32(0.1), float32(1.0)/3, float32(16777216.0), float32(1e10))
	fmt.Println(float32(3.4e38), float32(1e-45), 1.7976931348623157e308, 5e-324)
	var zero float64
	fmt.Println(zero, -zero, 1/(-1/zero+1))
	var x float64 = 0.1
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += x
	}
	fmt.Println(sum, sum == 1.0)
	fmt.Println(100.0, 1e6, 1e7, 12.5e6, 0.000001, 0.0000001)
	fmt.Println(float32(0.000001), float32(1e21), float32(123456.7))
	var neg float64 = -0.0
	fmt.Println(neg)
	fmt.Print(1.5, 2.5, "\n")
	fmt.Print(1.5, "x", 2.5, "\n")
	fmt.Println(fmt.Sprint(0.5), fmt.Sprint(float32(0.5)), fmt.Sprint(1e100))
	fmt.Println(2e-308, 123.456e300)
}
