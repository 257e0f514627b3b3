package main

import (
	"fmt"

	"example.com/cyc/a"
)

func main() { fmt.Println(a.F()) }
