package main

func main() {
	s := "a" - "b"
	_ = s
}
