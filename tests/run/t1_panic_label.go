package main

type Label string

func main() {
	panic(Label("a labelled panic"))
}
