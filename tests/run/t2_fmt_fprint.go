package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout via Fprintln", 1, 2)
	fmt.Fprint(os.Stdout, "Fprint", 3, 4, "\n")
	fmt.Fprintf(os.Stdout, "Fprintf %05.1f|%x\n", 3.14159, 255)
	n, err := fmt.Fprintln(os.Stdout, "count me")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "this goes to stderr and is not checked")
	w := os.Stdout
	fmt.Fprintf(w, "%s=%v\n", "key", []int{1})
	fmt.Println(len(os.Args) >= 1)
}
