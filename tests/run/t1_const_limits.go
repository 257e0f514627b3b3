package main

import "fmt"

const (
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

func main() {
	fmt.Println(MaxInt8, MinInt8, MaxInt16, MinInt16)
	fmt.Println(MaxInt32, MinInt32, MaxInt64, MinInt64)
	fmt.Println(MaxUint8, MaxUint16, MaxUint32, uint64(MaxUint64))
	fmt.Println(MaxFloat32, SmallestNonzeroFloat32)
	fmt.Println(MaxFloat64, SmallestNonzeroFloat64)
	var f32 float32 = MaxFloat32
	fmt.Println(f32, float32(SmallestNonzeroFloat32))
	fmt.Println(0x10, 0o17, 017, 0b101, 1_000_000, 0x_FF, 0xdead_beef)
	fmt.Println(1e3, 1.5e-3, .5, 5., 0x1p4, 0x1.8p1, 1_0.2_5)
	fmt.Println('\a', '\b', '\f', '\r', '\v')
}
