package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("about to exit with status 3")
	fmt.Fprintln(os.Stderr, "error: exiting")
	defer fmt.Println("deferred calls do not run on os.Exit")
	os.Exit(3)
}
