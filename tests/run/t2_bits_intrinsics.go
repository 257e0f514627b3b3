// Functions of math/bits that gosub compiles to one instruction (codegen/call.c): zero
// inputs, every width, negative and oversized rotations, through function values too.
package main

import (
	"fmt"
	"math/bits"
)

var v64 = []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000000000000000, 0xffffffffffffffff, 0x0123456789abcdef, 1 << 31}

func main() {
	for _, x := range v64 {
		x32, x16, x8, u := uint32(x), uint16(x), uint8(x), uint(x)
		fmt.Println(x, bits.LeadingZeros64(x), bits.LeadingZeros32(x32), bits.LeadingZeros16(x16),
			bits.LeadingZeros8(x8), bits.LeadingZeros(u))
		fmt.Println(" tz", bits.TrailingZeros64(x), bits.TrailingZeros32(x32), bits.TrailingZeros16(x16),
			bits.TrailingZeros8(x8), bits.TrailingZeros(u))
		fmt.Println(" pop", bits.OnesCount64(x), bits.OnesCount32(x32), bits.OnesCount16(x16),
			bits.OnesCount8(x8), bits.OnesCount(u))
		fmt.Println(" len", bits.Len64(x), bits.Len32(x32), bits.Len16(x16), bits.Len8(x8), bits.Len(u))
		fmt.Println(" rev", bits.ReverseBytes64(x), bits.ReverseBytes32(x32), bits.ReverseBytes16(x16),
			bits.ReverseBytes(u))
		for _, k := range []int{0, 1, 7, 8, 9, 31, 32, 33, 63, 64, 65, -1, -9, -64, -65, 1000} {
			fmt.Print(" ", bits.RotateLeft64(x, k), ":", bits.RotateLeft32(x32, k), ":",
				bits.RotateLeft16(x16, k), ":", bits.RotateLeft8(x8, k), ":", bits.RotateLeft(u, k))
		}
		fmt.Println()
	}
	fs := []func(uint64) int{bits.LeadingZeros64, bits.TrailingZeros64, bits.OnesCount64, bits.Len64}
	for _, f := range fs {
		fmt.Print(f(0), " ", f(12345), " ")
	}
	fmt.Println()
	// a loop LLVM may vectorise
	total := 0
	for i := uint64(0); i < 100000; i++ {
		total += bits.OnesCount64(i*0x9e3779b97f4a7c15) + bits.TrailingZeros64(i) + bits.Len64(i>>3)
	}
	fmt.Println(total)
}
