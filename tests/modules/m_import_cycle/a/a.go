package a

import "example.com/cyc/b"

// F calls into b, which calls back into a: an import cycle.
func F() int { return b.G() + 1 }
