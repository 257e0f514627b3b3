package main

import (
	"fmt"
	"os"
)

func run() int {
	defer fmt.Println("run's defer executes")
	fmt.Fprintf(os.Stderr, "warning: %d problems\n", 2)
	return 42
}

func main() {
	code := run()
	defer fmt.Println("skipped by os.Exit")
	fmt.Println("exiting with", code)
	os.Exit(code)
}
