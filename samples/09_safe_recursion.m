./09_safe_recursion.go:23:25: []int{...} does not escape
./09_safe_recursion.go:24:13: ... argument does not escape
./09_safe_recursion.go:24:14: n escapes to heap
./09_safe_recursion.go:24:58: safeRecursion(n) escapes to heap
