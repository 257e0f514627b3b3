package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	err := fmt.Errorf("while loading config %q: %w", "app.yaml", ErrBase)
	fmt.Println(errors.Is(err, ErrBase))
	panic(err)
}
