package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-42), strconv.Itoa(1234567890))
	for _, s := range []string{"123", "-7", "+5", "0", "abc", "", "12a", "9223372036854775807", "9223372036854775808", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0b101", 0, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("200", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-129", 10, 8)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("yes")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatBool(false))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(1<<64-1, 10), strconv.FormatInt(-9223372036854775808, 10))
}
