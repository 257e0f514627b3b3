package main

func main() {
	i := 10
	var j int64 = i
	_ = j
}
