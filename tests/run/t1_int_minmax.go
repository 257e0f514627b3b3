package main

import "fmt"

func main() {
	var i8min, i8max int8 = -128, 127
	var i16min, i16max int16 = -32768, 32767
	var i32min, i32max int32 = -2147483648, 2147483647
	var i64min, i64max int64 = -9223372036854775808, 9223372036854775807
	var u8max uint8 = 255
	var u16max uint16 = 65535
	var u32max uint32 = 4294967295
	var u64max uint64 = 18446744073709551615
	var umax uint = ^uint(0)
	var imax int = int(umax >> 1)
	imin := -imax - 1
	var uptr uintptr = 0xffff
	fmt.Println(i8min, i8max)
	fmt.Println(i16min, i16max)
	fmt.Println(i32min, i32max)
	fmt.Println(i64min, i64max)
	fmt.Println(u8max, u16max, u32max, u64max)
	fmt.Println(umax, imax, imin, uptr)
	fmt.Printf("%d %d %d %d\n", i8min, i16min, i32min, i64min)
	fmt.Printf("%x %x %x %x\n", u8max, u16max, u32max, u64max)
	fmt.Printf("%x %X %o %b\n", i64min, i64max, i8min, i8min)
	fmt.Printf("%v %v\n", i64min, u64max)
	i8max++
	i16max++
	i32max++
	i64max++
	fmt.Println(i8max, i16max, i32max, i64max)
	u8max++
	u16max++
	u32max++
	u64max++
	fmt.Println(u8max, u16max, u32max, u64max)
	i8min--
	i64min--
	fmt.Println(i8min, i64min)
}
