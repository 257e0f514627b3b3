package main

import "fmt"

func produce(prefix string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", prefix, i)
		}
		close(c)
	}()
	return c
}

func main() {
	a := produce("a", 5)
	b := produce("b", 7)
	counts := map[byte]int{}
	total := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			counts[v[0]]++
			total++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			counts[v[0]]++
			total++
		}
	}
	fmt.Println(total, counts['a'], counts['b'])
}
