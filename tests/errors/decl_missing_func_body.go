package main

func declaredOnly(x int) int

func main() {
	_ = declaredOnly(1)
}
