package main

func main() {
outer:
	for i := 0; i < 2; i++ {
	}
	for j := 0; j < 2; j++ {
		break outer
	}
}
