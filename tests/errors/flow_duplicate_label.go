package main

func main() {
a:
	for {
		break a
	}
a:
	for {
		break a
	}
}
