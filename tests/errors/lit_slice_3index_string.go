package main

func main() {
	s := "hello"
	_ = s[1:2:3]
}
