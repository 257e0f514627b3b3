package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Millisecond,
		1500 * time.Millisecond, time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second,
		-5 * time.Second, 100 * time.Hour,
	}
	for _, d := range ds {
		fmt.Printf("%v | %d | %s\n", d, d, d.String())
	}
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(time.Duration(1e9), time.Second*2/3)
	fmt.Printf("%T %T\n", d, time.Millisecond)
	fmt.Println(time.Second > time.Millisecond, time.Minute/time.Second)
	var total time.Duration
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println(total, total.Round(time.Second), total.Truncate(time.Second))
}
