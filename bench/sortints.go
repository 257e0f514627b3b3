// sortints: sorts a million pseudo-random ints with a hand-written introsort (quicksort with a
// median of three, insertion sort for short runs, heapsort when too deep) — package sort is
// not in gosub's subset yet (slice indexing, bounds checks, swaps, recursion).
// bench: args=1000000 small=3000
package main

import (
	"fmt"
	"os"
	"strconv"
)

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func siftDown(a []int, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && a[child] < a[child+1] {
			child++
		}
		if a[root] >= a[child] {
			return
		}
		a[root], a[child] = a[child], a[root]
		root = child
	}
}

func heapSort(a []int) {
	for i := len(a)/2 - 1; i >= 0; i-- {
		siftDown(a, i, len(a))
	}
	for i := len(a) - 1; i > 0; i-- {
		a[0], a[i] = a[i], a[0]
		siftDown(a, 0, i)
	}
}

func medianOfThree(a []int) {
	m := len(a) / 2
	hi := len(a) - 1
	if a[m] < a[0] {
		a[m], a[0] = a[0], a[m]
	}
	if a[hi] < a[m] {
		a[hi], a[m] = a[m], a[hi]
		if a[m] < a[0] {
			a[m], a[0] = a[0], a[m]
		}
	}
}

func introSort(a []int, depth int) {
	for len(a) > 12 {
		if depth == 0 {
			heapSort(a)
			return
		}
		depth--
		medianOfThree(a)
		pivot := a[len(a)/2]
		i, j := 0, len(a)-1
		for i <= j {
			for a[i] < pivot {
				i++
			}
			for a[j] > pivot {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j+1 < len(a)-i {
			introSort(a[:j+1], depth)
			a = a[i:]
		} else {
			introSort(a[i:], depth)
			a = a[:j+1]
		}
	}
	insertionSort(a)
}

func sortInts(a []int) {
	depth := 0
	for n := len(a); n > 0; n >>= 1 {
		depth += 2
	}
	introSort(a, depth)
}

const rounds = 10

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var x uint64 = 88172645463325252
	a := make([]int, n)
	sum := 0
	for round := 0; round < rounds; round++ {
		for i := range a {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			a[i] = int(x % 1000000000)
			if round == rounds-1 && i%3 == 0 {
				a[i] = a[i] % 1000 // many duplicates
			}
		}
		sortInts(a)
		for i := 1; i < len(a); i++ {
			if a[i-1] > a[i] {
				fmt.Println("not sorted at", i)
				return
			}
		}
		sum += a[0] + a[len(a)/2] + a[len(a)-1]
	}
	fmt.Println("sorted", n, "ints", rounds, "times; checksum", sum)
}
