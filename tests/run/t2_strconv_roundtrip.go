package main

import (
	"fmt"
	"strconv"
)

func main() {
	floats := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.5e-10, 6.02214076e23, 123456789.125, 1e21, 1e-7}
	for _, f := range floats {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%-22s %v %v\n", s, back == f, err)
	}
	for _, n := range []int64{0, 1, -1, 255, -256, 1 << 40, -9223372036854775808} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			s := strconv.FormatInt(n, base)
			back, err := strconv.ParseInt(s, base, 64)
			if back != n || err != nil {
				fmt.Println("mismatch", n, base, s, err)
			}
		}
		fmt.Print(strconv.FormatInt(n, 16), " ")
	}
	fmt.Println()
	for _, f32 := range []float32{0.1, 1.0 / 3, 16777217} {
		s := strconv.FormatFloat(float64(f32), 'g', -1, 32)
		fmt.Print(s, " ")
	}
	fmt.Println()
}
