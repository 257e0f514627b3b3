package main

import "fmt"

func main() {
	var arr [4]int
	for i := 0; i < 4; i++ {
		arr[i] = i * i
	}
	i := len(arr)
	fmt.Println(arr)
	arr[i] = 1
}
