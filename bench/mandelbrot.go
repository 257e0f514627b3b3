// mandelbrot: the benchmarks game's mandelbrot, bits packed eight pixels a byte as for its
// PBM output, but summed into a checksum instead of written out (float64 loops, bit ops).
// bench: args=4000 small=64
package main

import (
	"fmt"
	"os"
	"strconv"
)

const iter = 50
const limit = 4.0

func main() {
	n := 4000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	rowBytes := (n + 7) / 8
	row := make([]byte, rowBytes)
	var sum uint32
	var ones int
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/float64(n) - 1
		for i := range row {
			row[i] = 0
		}
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/float64(n) - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			k := 0
			for ; k < iter && tr+ti <= limit; k++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			if tr+ti <= limit {
				row[x>>3] |= 0x80 >> uint(x&7)
				ones++
			}
		}
		for _, b := range row {
			sum = sum*31 + uint32(b)
		}
	}
	fmt.Printf("P4 %d %d: %d points inside, checksum %08x\n", n, n, ones, sum)
}
