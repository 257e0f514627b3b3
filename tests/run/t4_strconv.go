package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-123), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	for _, s := range []string{"42", "-17", "0x1f", "abc", "", "99999999999999999999", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, s := range []string{"0x1f", "0b101", "0o17", "-0x80", "1_000", "z"} {
		n, err := strconv.ParseInt(s, 0, 8)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.14159", "1e10", "-0", "inf", "NaN", "0x1p-2", "1e400", "1.5.2"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, _ := strconv.ParseFloat("3.4028235e38", 32)
	fmt.Println(f32)
	for _, f := range []float64{0.1, 123456789.125, 1e21, 1.0 / 3, -2.5e-8} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'g', 5, 32))
	}
	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.Quote("héllo\n\"world\"\x00"), strconv.QuoteToASCII("日本"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	for _, s := range []string{`"a\tb"`, "`raw`", `'x'`, `"unterminated`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", v, err)
	}
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendBool(b, true)
	b = strconv.AppendFloat(b, 1.5, 'f', 1, 64)
	fmt.Println(string(b))
	_, err = strconv.Atoi("x")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, errors.Is(err, strconv.ErrSyntax))
	fmt.Println(strconv.IsPrint('\u00a0'), strconv.IsGraphic('\u00a0'), strconv.CanBackquote("a`b"))
}
