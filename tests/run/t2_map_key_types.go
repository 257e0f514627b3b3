package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"Red", "Green", "Blue"}[c]
}

func main() {
	fm := map[float64]int{}
	fm[0.1+0.2]++
	fm[0.3]++
	fmt.Println(len(fm))
	zero := 0.0
	fm[-zero]++
	fm[zero]++
	fmt.Println(fm[0], len(fm))
	nan := zero / zero
	fm[nan] = 1
	fm[nan] = 2
	fmt.Println(len(fm), fm[nan])
	bm := map[bool]string{true: "yes"}
	fmt.Println(bm[true], bm[false] == "")
	cm := map[Color]int{Blue: 3, Red: 1}
	fmt.Println(cm)
	im := map[interface{}]string{}
	im[1] = "int"
	im[int64(1)] = "int64"
	im["1"] = "string"
	im[1.0] = "float"
	fmt.Println(len(im), im[1], im[int64(1)], im[1.0])
	bytesKey := map[string]int{}
	b := []byte("key")
	bytesKey[string(b)] = 5
	b[0] = 'K'
	fmt.Println(bytesKey["key"], bytesKey["Key"])
}
