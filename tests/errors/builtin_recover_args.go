package main

func main() {
	defer func() {
		recover(1)
	}()
}
