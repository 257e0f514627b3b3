package main

import "fmt"

type MyInt int
type Name string
type Temp float32
type Flag bool

func main() {
	var i int
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	var u uint
	var u8 uint8
	var u16 uint16
	var u32 uint32
	var u64 uint64
	var up uintptr
	var f32 float32
	var f64 float64
	var b bool
	var s string
	var by byte
	var r rune
	fmt.Printf("%T %T %T %T %T\n", i, i8, i16, i32, i64)
	fmt.Printf("%T %T %T %T %T %T\n", u, u8, u16, u32, u64, up)
	fmt.Printf("%T %T %T %T %T %T\n", f32, f64, b, s, by, r)
	fmt.Printf("%T %T %T %T\n", MyInt(3), Name("n"), Temp(1), Flag(true))
	fmt.Printf("%v %v %v %v\n", MyInt(3), Name("n"), Temp(1.5), Flag(true))
	fmt.Printf("%T %T %T %T\n", []int{}, []string(nil), []byte("x"), []rune("y"))
	fmt.Printf("%T %T\n", []float64{}, []MyInt{1})
	fmt.Printf("%T %T %T\n", 1, 2.0, "s")
	fmt.Printf("%T\n", nil)
	fmt.Printf("%10T|%-10T|\n", i, s)
	fmt.Printf("%v %d %x\n", MyInt(255), MyInt(255), Name("hi"))
	fmt.Println(MyInt(7), Name("name"), Temp(0.1), Flag(false), []MyInt{1, 2})
}
