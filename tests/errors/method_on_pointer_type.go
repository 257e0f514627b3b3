package main

type P *int

func (p P) Get() int { return *p }

func main() {}
