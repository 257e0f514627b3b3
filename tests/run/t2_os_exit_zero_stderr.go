package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("stdout before exit")
	fmt.Fprintln(os.Stderr, "stderr message (not recorded: exit status 0)")
	os.Exit(0)
	fmt.Println("never")
}
