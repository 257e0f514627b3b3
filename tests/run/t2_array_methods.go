package main

import "fmt"

type Vec3 [3]float64

func (v Vec3) Dot(o Vec3) float64 { return v[0]*o[0] + v[1]*o[1] + v[2]*o[2] }
func (v Vec3) Scaled(k float64) Vec3 {
	for i := range v {
		v[i] *= k
	}
	return v
}
func (v *Vec3) Normalize() {
	l := v.Dot(*v)
	if l == 0 {
		return
	}
	s := 1.0
	for s*s < l {
		s *= 2
	}
	for i := range v {
		v[i] /= s
	}
}

type Ring [4]int

func (r *Ring) Rotate() {
	first := r[0]
	copy(r[:], r[1:])
	r[len(r)-1] = first
}

func main() {
	a := Vec3{1, 2, 3}
	b := a.Scaled(2)
	fmt.Println(a, b, a.Dot(b))
	a.Normalize()
	fmt.Println(a)
	var r Ring = Ring{1, 2, 3, 4}
	for i := 0; i < 5; i++ {
		r.Rotate()
		fmt.Print(r, " ")
	}
	fmt.Println()
	vs := []Vec3{{1, 0, 0}, {0, 1, 0}}
	vs[1].Normalize()
	fmt.Println(vs, len(vs[0]))
}
