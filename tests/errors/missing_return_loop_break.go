package main

func find(xs []int) int {
	for {
		if len(xs) > 0 {
			break
		}
		return 0
	}
}

func main() {
	_ = find(nil)
}
