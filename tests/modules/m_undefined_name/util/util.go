package util

// Exported is visible to importers; helper is not.
func Exported(n int) int { return helper(n) * 2 }

func helper(n int) int { return n + 1 }

type T struct {
	Public  int
	private int
}
