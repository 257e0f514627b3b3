package main

import (
	"errors"
	"fmt"
)

func readFile(name string) (content string, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("readFile %s: %w", name, err)
		}
	}()
	if name == "" {
		return "", errors.New("empty name")
	}
	return "data:" + name, nil
}

func tripled() (x int) {
	defer func() { x *= 3 }()
	return 7
}

func unnamed() int {
	x := 7
	defer func() { x *= 3 }()
	return x
}

func order() (s string) {
	for _, c := range "abc" {
		defer func(r rune) { s += string(r) }(c)
	}
	return "result:"
}

func deferredCallArgs() {
	i := 0
	defer fmt.Println("deferred with i =", i)
	i++
	defer fmt.Println("deferred with i =", i)
	i++
}

func main() {
	fmt.Println(readFile("a.txt"))
	fmt.Println(readFile(""))
	fmt.Println(tripled(), unnamed())
	fmt.Println(order())
	deferredCallArgs()
}
