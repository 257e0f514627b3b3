package main

import "fmt"

func main()
{
	fmt.Println("brace on its own line")
}
