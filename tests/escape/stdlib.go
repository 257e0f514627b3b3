// errorcheck -0 -m -l

// Standard library calls use gc's own parameter summaries.
package escape

import (
	"errors"
	"strconv"
	"strings"
)

func contains(s, sub string) bool { // ERROR "s does not escape$" "sub does not escape$"
	return strings.Contains(s, sub)
}

func split(s string) []string { // ERROR "leaking param: s$"
	return strings.Split(s, ",")
}

func upper(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.ToUpper(s)
}

func join(xs []string) string { // ERROR "leaking param: xs to result ~r0 level=1$"
	return strings.Join(xs, "-")
}

func itoa(n int) string {
	return strconv.Itoa(n)
}

func atoi(s string) int { // ERROR "leaking param: s$"
	n, _ := strconv.Atoi(s)
	return n
}

func newErr(s string) error { // ERROR "leaking param: s$"
	return errors.New(s)
}

func builder(xs []string) string { // ERROR "xs does not escape$"
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(x)
	}
	return b.String()
}
