package main

import "fmt"

const (
	MaxU64 = 1<<64 - 1
	MinI64 = -1 << 63
	MaxI64 = 1<<63 - 1
	Huge   = 1 << 200
	Back   = Huge >> 198
	Mixed  = Huge/(1<<190) + 0.5
	Neg    = -Huge / (1 << 195)
)

func main() {
	fmt.Println(uint64(MaxU64), int64(MinI64), int64(MaxI64))
	fmt.Println(Back, Mixed, Neg)
	var u uint64 = MaxU64
	fmt.Println(u, u/3)
	fmt.Println(MaxU64/3, MaxI64%1000000007)
	const f = 1 << 62 * 4.0 / 1e18
	fmt.Println(f)
	const g = (1 << 70) / (1 << 68)
	var g8 int8 = g
	fmt.Println(g8)
	const s = 'x' - 'a'
	fmt.Println(s)
	const t = 5 / 2 * 2.0
	const t2 = 5.0 / 2 * 2
	fmt.Println(t, t2)
	const b = 1 < 2 && "a" < "b"
	fmt.Println(b, !b)
	const cmp = 3.0 == 3
	fmt.Println(cmp)
	const prec = 0.1 + 0.2 - 0.3
	fmt.Println(prec == 0, 0.1+0.2)
	x, y := 0.1, 0.2
	fmt.Println(x+y, x+y == 0.3)
	const e = 1e6
	var ie int = e
	fmt.Println(ie, e)
	fmt.Println(MaxI64 / 1e9)
}
