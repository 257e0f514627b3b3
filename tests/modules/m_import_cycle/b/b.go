package b

import "example.com/cyc/a"

func G() int { return a.F() }
