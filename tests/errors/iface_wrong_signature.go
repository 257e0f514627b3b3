package main

type Writer interface{ Write(s string) int }

type W struct{}

func (W) Write(b []byte) int { return len(b) }

func main() {
	var w Writer = W{}
	_ = w
}
