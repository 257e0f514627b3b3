package main

import (
	"fmt"
	"strings"
)

var romanVals = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var romanSyms = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	var sb strings.Builder
	for i, v := range romanVals {
		for n >= v {
			sb.WriteString(romanSyms[i])
			n -= v
		}
	}
	return sb.String()
}

func addDecimal(a, b string) string {
	var out []byte
	carry := 0
	for i, j := len(a)-1, len(b)-1; i >= 0 || j >= 0 || carry > 0; i, j = i-1, j-1 {
		s := carry
		if i >= 0 {
			s += int(a[i] - '0')
		}
		if j >= 0 {
			s += int(b[j] - '0')
		}
		out = append(out, byte('0'+s%10))
		carry = s / 10
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return string(out)
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		fmt.Printf("%d=%s ", n, toRoman(n))
	}
	fmt.Println()
	fmt.Println(addDecimal("99999999999999999999", "1"))
	a, b := "0", "1"
	for i := 0; i < 100; i++ {
		a, b = b, addDecimal(a, b)
	}
	fmt.Println("fib(100) =", a)
}
