// nonescape: a loop of small values that never escape: structs built by constructors and
// passed by pointer to methods, a short array per iteration, a closure called in place. Go and
// gosub both keep them on the stack; the benchmark measures what that is worth (escape
// analysis, aggregate copies, scalar replacement).
// bench: args=100000000 small=1000
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Vec struct{ x, y, z float64 }

func newVec(x, y, z float64) *Vec { return &Vec{x, y, z} }

func (v *Vec) add(w *Vec) { v.x += w.x; v.y += w.y; v.z += w.z }

func (v Vec) dot(w Vec) float64 { return v.x*w.x + v.y*w.y + v.z*w.z }

type Box struct {
	lo, hi Vec
	tag    int
}

func (b *Box) contains(p *Vec) bool {
	return p.x >= b.lo.x && p.x <= b.hi.x && p.y >= b.lo.y && p.y <= b.hi.y
}

func main() {
	n := 100000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var acc Vec
	inside := 0
	total := 0.0
	for i := 0; i < n; i++ {
		f := float64(i & 1023)
		p := newVec(f, f*0.5, 1)
		q := Vec{1, 2, f}
		p.add(&q)
		b := &Box{Vec{0, 0, 0}, Vec{512, 400, 0}, i}
		if b.contains(p) {
			inside++
		}
		var w [4]int
		w[i&3] = i
		scale := func(s float64) float64 { return s * float64(w[i&3]&7) }
		total += scale(p.dot(q)) * 1e-9
		acc.add(p)
	}
	fmt.Printf("inside %d, total %.6f, acc (%.1f, %.1f, %.1f)\n", inside, total, acc.x, acc.y, acc.z)
}
