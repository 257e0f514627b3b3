package main

import (
	"fmt"
	"strings"
)

type Command struct {
	Name string
	Help string
	Run  func(args []string) string
}

type Validator struct {
	Checks []func(string) error
}

func (v Validator) Validate(s string) []error {
	var errs []error
	for _, c := range v.Checks {
		if err := c(s); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

func main() {
	cmds := []Command{
		{"echo", "print args", func(a []string) string { return strings.Join(a, " ") }},
		{"count", "count args", func(a []string) string { return fmt.Sprint(len(a)) }},
		{"upper", "uppercase", func(a []string) string { return strings.ToUpper(strings.Join(a, "")) }},
	}
	for _, c := range cmds {
		fmt.Printf("%-6s %-12s -> %s\n", c.Name, c.Help, c.Run([]string{"a", "b", "c"}))
	}
	v := Validator{Checks: []func(string) error{
		func(s string) error {
			if len(s) < 5 {
				return fmt.Errorf("too short (%d)", len(s))
			}
			return nil
		},
		func(s string) error {
			if !strings.ContainsAny(s, "0123456789") {
				return fmt.Errorf("needs a digit")
			}
			return nil
		},
	}}
	for _, pw := range []string{"abc", "abcdef", "abc123"} {
		fmt.Println(pw, v.Validate(pw))
	}
	var c Command
	fmt.Println(c.Run == nil)
}
