package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(inputs []string) (sum int, errs []error) {
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sum += n
	}
	return
}

func main() {
	sum, errs := parseAll([]string{"1", "x", "2", "99999999999999999999", "3"})
	fmt.Println(sum, len(errs))
	for _, e := range errs {
		fmt.Println(e)
		var ne *strconv.NumError
		if errors.As(e, &ne) {
			fmt.Printf("  Func=%s Num=%q Err=%v\n", ne.Func, ne.Num, ne.Err)
		}
		fmt.Println("  syntax:", errors.Is(e, strconv.ErrSyntax), "range:", errors.Is(e, strconv.ErrRange))
	}
	_, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err)
}
