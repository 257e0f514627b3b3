package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Println(math.IsInf(inf, 1), math.IsInf(inf, -1), math.IsInf(ninf, 0), math.IsNaN(nan), math.IsNaN(inf))
	fmt.Println(nan == nan, inf == inf, inf > math.MaxFloat64)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint8, math.MaxUint16)
	fmt.Println(uint64(math.MaxUint64), math.MaxInt)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi)
	fmt.Printf("%.20f\n", math.Pi)
	fmt.Println(float32(math.Pi))
	fmt.Println(math.Sqrt(inf), math.Sqrt(nan), math.Floor(inf), math.Abs(nan))
	fmt.Println(math.Max(inf, nan), math.Min(ninf, 0), math.Pow(inf, 0), math.Pow(nan, 0))
	var x int64 = math.MaxInt64
	x++
	fmt.Println(x == math.MinInt64)
	fmt.Println(int64(math.Floor(1e18 + 0.5)))
}
