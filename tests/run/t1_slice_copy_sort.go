package main

import "fmt"

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func main() {
	src := []int{9, 4, 7, 1, 8, 2}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 10)
	n = copy(big, src)
	fmt.Println(n, big)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	b := make([]byte, 4)
	n = copy(b, "hello")
	fmt.Println(n, string(b), b)
	data := []int{5, 2, 9, 1, 5, 6, -3, 0}
	insertionSort(data)
	fmt.Println(data)
	strs := []string{"b", "c", "a"}
	c2 := make([]string, len(strs))
	copy(c2, strs)
	c2[0] = "z"
	fmt.Println(strs, c2)
	fmt.Println(copy([]int{}, []int{1, 2}))
}
