package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 3, "number of `items`")
	verbose := fs.Bool("v", false, "verbose output")
	name := fs.String("name", "gopher", "who to greet")
	ratio := fs.Float64("ratio", 0.5, "a ratio")
	var tags list
	fs.Var(&tags, "tag", "a tag (repeatable)")
	var u uint
	fs.UintVar(&u, "u", 7, "unsigned")
	err := fs.Parse([]string{"-n", "5", "-v", "--name=Ann", "-tag", "a", "-tag=b", "-ratio", "1.25", "rest", "-x"})
	fmt.Println(err, *n, *verbose, *name, *ratio, tags, u, fs.Args(), fs.NArg(), fs.NFlag())
	fs.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })
	fmt.Println(fs.Lookup("n").DefValue, fs.Lookup("missing") == nil)
	fs.Set("n", "9")
	fmt.Println(*n)
	err = fs.Parse([]string{"-n", "notanumber"})
	fmt.Println("error:", err)
	err = fs.Parse([]string{"-undefined"})
	fmt.Println("error:", err)
	fs.PrintDefaults()
	err = fs.Parse([]string{"-h"})
	fmt.Println(err == flag.ErrHelp)
	os.Args = []string{"prog", "-count", "2", "file.txt"}
	count := flag.Int("count", 1, "how many")
	flag.Parse()
	fmt.Println(*count, flag.Args(), flag.Parsed())
}
