package main

import "fmt"

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l, r := mergeSort(a[:mid]), mergeSort(a[mid:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func quickSort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quickSort(a[:j+1])
	quickSort(a[i:])
}

func binarySearch(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(a) && a[lo] == x {
		return lo
	}
	return -1
}

func main() {
	data := []int{38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 100, 27}
	sorted := mergeSort(append([]int(nil), data...))
	fmt.Println(sorted)
	q := append([]int(nil), data...)
	quickSort(q)
	fmt.Println(q)
	fmt.Println(data)
	seed := uint32(12345)
	big := make([]int, 1000)
	for i := range big {
		seed = seed*1103515245 + 12345
		big[i] = int(seed>>16) % 1000
	}
	quickSort(big)
	ok := true
	for i := 1; i < len(big); i++ {
		ok = ok && big[i-1] <= big[i]
	}
	fmt.Println(ok, big[0], big[999])
	fmt.Println(binarySearch(sorted, 43), binarySearch(sorted, 44), binarySearch(sorted, -5))
}
