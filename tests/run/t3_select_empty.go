package main

import "fmt"

func main() {
	fmt.Println("select with no cases blocks forever")
	select {}
}
