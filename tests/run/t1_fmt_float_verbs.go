package main

import "fmt"

func main() {
	v := 3.14159265
	fmt.Printf("%f|%.2f|%.0f|%8.3f|%-8.3f|%08.3f|%+.1f|% .1f\n", v, v, v, v, v, v, v, v)
	fmt.Printf("%e|%.2e|%E|%.0e|%12.4e\n", v, v, v, v, v)
	fmt.Printf("%g|%.3g|%G|%.10g|%g\n", v, v, v, v, 1e21)
	big := 123456789.0
	fmt.Printf("%f|%e|%g|%.3g|%v\n", big, big, big, big, big)
	small := 0.000012345
	fmt.Printf("%f|%e|%g|%.2g|%v\n", small, small, small, small, small)
	fmt.Printf("%.2f %.2f %.2f %.2f\n", 2.345, 2.355, -1.005, 0.125)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%6.2f|%-6.2f|%06.2f|%+06.2f\n", -1.5, -1.5, -1.5, 1.5)
	fmt.Printf("%v %v %v\n", 1e6, 1e-5, 100.0)
	fmt.Printf("%g %g %g %g\n", 1e6, 1e-5, 100.0, 1e20)
	fmt.Printf("%#g %#.3g %#v\n", 1.0, 2.0, 3.0)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	fmt.Printf("%b\n", 1.0)
	f32 := float32(2.2)
	fmt.Printf("%v %f %g %e %.10f\n", f32, f32, f32, f32, f32)
	fmt.Printf("%T %T\n", f32, v)
	fmt.Printf("%.3f %.3e\n", 1e-10, 1e-10)
	fmt.Printf("%10.4v|%-10v|\n", v, 2.5)
	fmt.Printf("%.1f %.1f %.1f %.1f\n", 0.05, 0.15, 0.25, 0.35)
	fmt.Printf("%5.1f%%\n", 99.5)
}
