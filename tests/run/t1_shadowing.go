package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		{
			x = "block modified"
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 1; x > 0 {
		fmt.Println("if", x)
	} else {
		x := 2
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for", x)
	}
	fmt.Println(x)
	a, err := 1, "none"
	b, err := 2, "some"
	fmt.Println(a, b, err)
	len := 3
	fmt.Println(len)
	true := false
	fmt.Println(true)
	var string = 5
	fmt.Println(string)
}
