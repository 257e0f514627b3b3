package main

func main() {
	for i := range "abc" {
		"abc"[i] = 'x'
	}
}
