package main

func f() (int, string) {
	return
}

func main() {
	_, _ = f()
}
