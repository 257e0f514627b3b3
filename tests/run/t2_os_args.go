package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args))
	name := os.Args[0]
	slash := strings.LastIndex(name, "/")
	fmt.Println(len(name[slash+1:]) > 0)
	fmt.Println(os.Args[1:], len(os.Args[1:]))
}
