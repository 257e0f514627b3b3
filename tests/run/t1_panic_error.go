package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("something failed")
	fmt.Println("error:", err)
	panic(err)
}
