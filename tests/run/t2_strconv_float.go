package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.5", "1e10", "1E-3", ".5", "inf", "-Inf", "NaN", "abc", "1.7976931348623157e309", "0x1p-2", "1_000.5", ""} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(3.14159, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(3.14159, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32))
	fmt.Println(strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'E', -1, 64))
	fmt.Println(strconv.FormatFloat(-0.0, 'f', 1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(1.0, 'b', -1, 64))
	fmt.Println(strconv.FormatFloat(255.0, 'x', -1, 64))
}
