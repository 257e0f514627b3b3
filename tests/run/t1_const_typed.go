package main

import "fmt"

type Celsius float64
type Count uint8

const Boiling Celsius = 100
const Max Count = 250
const Big = 1 << 100
const Ratio = Big / (1 << 98)
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Third = 1.0 / 3
const Str = "typed" + " " + "const"
const Ch = 'a' + 1

func main() {
	fmt.Printf("%v %T\n", Boiling, Boiling)
	fmt.Printf("%v %T\n", Max, Max)
	fmt.Println(Ratio, Big>>95, Big%7)
	fmt.Println(Pi, float32(Pi))
	fmt.Println(Third, Third*3 == 1)
	fmt.Println(Str, len(Str))
	fmt.Printf("%v %T %c\n", Ch, Ch, Ch)
	var f32 float32 = Pi
	var i = Big >> 90
	fmt.Printf("%v %T %v %T\n", f32, f32, i, i)
	half := Boiling / 2
	fmt.Printf("%v %T\n", half, half)
	var u = Max + 5
	fmt.Println(u, u+1)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	const tiny = 1e-300 / 1e300 * 1e300
	fmt.Println(tiny)
	fmt.Println(Big/Big, (Big-1)%1000)
}
