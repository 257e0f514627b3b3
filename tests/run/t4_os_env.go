package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("GOSUB_TEST_VAR", "hello")
	fmt.Println(os.Getenv("GOSUB_TEST_VAR"))
	v, ok := os.LookupEnv("GOSUB_TEST_VAR")
	fmt.Println(v, ok)
	os.Unsetenv("GOSUB_TEST_VAR")
	v, ok = os.LookupEnv("GOSUB_TEST_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("", "x"))
	os.Setenv("GOSUB_A", "1")
	found := false
	for _, kv := range os.Environ() {
		if kv == "GOSUB_A=1" {
			found = true
		}
	}
	fmt.Println(found)
	fmt.Println(os.ExpandEnv("a=$GOSUB_A b=${GOSUB_A}c $NOT_SET_XYZ."))
	fmt.Println(os.Expand("$x-${y}", func(s string) string { return strings.ToUpper(s) }))
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
	host, err := os.Hostname()
	fmt.Println(host != "", err)
	fmt.Println(len(os.Args), os.Getpid() > 0, os.PathSeparator == '/', os.DevNull)
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	n, err := os.Stdout.Write([]byte("raw write\n"))
	fmt.Println(n, err)
	os.Exit(3)
}
