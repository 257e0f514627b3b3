package main

import "fmt"

func main() {
	zero := 0.0
	one := 1.0
	posInf := one / zero
	negInf := -one / zero
	nan := zero / zero
	fmt.Println(posInf, negInf, nan)
	fmt.Printf("%v %v %v\n", posInf, negInf, nan)
	fmt.Printf("%f %f %f\n", posInf, negInf, nan)
	fmt.Printf("%e %g %.2f\n", posInf, negInf, nan)
	fmt.Printf("%+v %+v % v\n", posInf, nan, posInf)
	fmt.Printf("%8v|%-8v|%08v|\n", posInf, negInf, nan)
	fmt.Println(nan == nan, nan != nan, nan < one, nan > one, posInf > 1e308, negInf < -1e308)
	fmt.Println(posInf+negInf, posInf*zero, posInf-posInf, posInf*posInf, -posInf)
	fmt.Println(one/posInf, -one/posInf)
	var f32z float32
	f32 := float32(1) / f32z
	fmt.Println(f32, -f32, f32-f32)
	x := nan
	if x != x {
		fmt.Println("NaN is not equal to itself")
	}
	big := 1e308
	fmt.Println(big*10, -big*10)
	tiny := 5e-324
	fmt.Println(tiny/2, tiny)
	fmt.Println(int64(one/3*3) == 1)
	fmt.Println(fmt.Sprint(posInf) + "|" + fmt.Sprintf("%5.1f", nan))
}
