package main

import "fmt"

func guarded(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("guarded caught:", r)
		}
	}()
	f()
}

func main() {
	guarded(func() { panic("one") })
	guarded(func() {
		var a []int
		_ = a[3]
	})
	fmt.Println("now an unguarded panic")
	var e error
	fmt.Println(e.Error())
}
