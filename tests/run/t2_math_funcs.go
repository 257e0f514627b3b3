package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(-1))
	fmt.Println(math.Floor(2.7), math.Floor(-2.7), math.Ceil(2.1), math.Ceil(-2.1))
	fmt.Println(math.Abs(-3.5), math.Abs(3.5), math.Abs(math.Inf(-1)))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(-0.0, 0), math.Min(math.NaN(), 1))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(10, -2), math.Pow(0, 0))
	fmt.Println(math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5), math.Round(0.49999999999999994))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Hypot(3, 4), math.Cbrt(27))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi), math.Atan(1)*4)
	fmt.Printf("%.6f %.6f %.6f\n", math.Exp(1), math.Log(math.E), math.Log10(1000))
	fmt.Println(math.Log2(8), math.Log(0), math.Signbit(-0.0*1), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Float32bits(1.0), math.MaxUint32)
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp)
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
}
