package main

func main() {
	var u uint64 = 1 << 64
	_ = u
}
