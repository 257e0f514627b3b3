package main

import "fmt"

var (
	pa       int
	pb, pc   = 1, "c"
	pd       float64
	pe, pf   bool = true, false
	pg       = pb * 10
	ph, pi   string
	pj       uint8  = 255
	pk       int16  = -300
	pl       rune   = 'λ'
	pm       byte   = 'm'
	pn       string = "n"
	po, pp   = pq, pq * 2
	pq       = 21
	pr       = fmt.Sprint(pj)
	ps       float32
)

func main() {
	fmt.Println(pa, pb, pc, pd, pe, pf, pg)
	fmt.Printf("%q %q\n", ph, pi)
	fmt.Println(pj, pk, pl, pm, pn, po, pp, pq, pr, ps)
	var a int
	var b, c = 2, "three"
	var d, e int = 4, 5
	var (
		f = 6.5
		g string
	)
	h := 8
	i, j := "i", 'j'
	h, k := 9, 10
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k)
	var _ = 5
	_ = h
	var l, m, n int
	l, m, n = 1, 2, 3
	fmt.Println(l, m, n)
	var z float64
	var zs []int
	var zb bool
	var zr rune
	fmt.Println(z, zs, zb, zr, len(zs))
	{
		a := "inner"
		fmt.Println(a)
	}
	fmt.Println(a)
}
