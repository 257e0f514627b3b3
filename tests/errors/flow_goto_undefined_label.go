package main

func main() {
	goto finish
}
