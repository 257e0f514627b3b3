package main

const s = "abc"

func main() {
	_ = s[5]
}
