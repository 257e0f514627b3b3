// Functions of package math that gosub compiles to one instruction (codegen/call.c): their
// special cases and rounding must be Go's. Called directly, through a function value (the
// real function) and with values the compiler cannot fold.
package main

import (
	"fmt"
	"math"
	"os"
)

var inputs = []float64{0, 1, 2, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 1e300, -1e-300, 4.9e-324}

func main() {
	negZero := math.Copysign(0, -1)
	inf := math.Inf(1)
	nan := math.NaN()
	all := append(append([]float64{}, inputs...), negZero, inf, -inf, nan, float64(len(os.Args))-1.7)
	for _, x := range all {
		fmt.Println(x, math.Sqrt(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Abs(x),
			math.Signbit(math.Floor(x)), math.Signbit(math.Ceil(x)), math.Signbit(math.Trunc(x)),
			math.Signbit(math.Abs(x)), math.Signbit(math.Sqrt(x)))
	}
	// the NaN of a negative square root is the machine's (sign bit set), folded or not
	m4 := -4.0
	fmt.Println(math.Float64bits(math.Sqrt(-1)), math.Float64bits(math.Sqrt(m4)), math.Signbit(math.Sqrt(m4)))
	// through function values: the functions themselves
	fs := []func(float64) float64{math.Sqrt, math.Floor, math.Ceil, math.Trunc, math.Abs}
	for _, f := range fs {
		fmt.Println(f(-2.5), f(6.25), f(negZero))
	}
	// fused multiply-add: one rounding, not two
	x, y, z := 0.1, 10.0, -1.0
	fmt.Println(math.FMA(x, y, z), x*y+z)
	a := 1 + 0x1p-52
	fmt.Println(math.FMA(a, a, -1-0x1p-51), math.FMA(inf, 0, 1), math.FMA(2, 3, nan), math.FMA(-0.0, 1, negZero))
	fma := math.FMA
	fmt.Println(fma(x, y, z))
	// a sum of square roots in a loop (vectorised where LLVM can)
	s := 0.0
	for i := 0; i < 1000; i++ {
		s += math.Sqrt(float64(i)) + math.Floor(float64(i)/3) - math.Ceil(float64(i)/7)
	}
	fmt.Printf("%.10f\n", s)
}
