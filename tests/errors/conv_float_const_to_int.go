package main

func main() {
	_ = int(3.7)
}
