package main

import (
	"fmt"

	"example.com/miss/nothere"
	"github.com/x/y"
	"nosuch/pkg"
)

func main() { fmt.Println(nothere.X, y.Y, pkg.Z) }
