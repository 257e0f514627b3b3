package main

func main() {
	nil.Foo()
}
