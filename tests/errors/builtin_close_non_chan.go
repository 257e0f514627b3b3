package main

func main() {
	x := 5
	close(x)
}
