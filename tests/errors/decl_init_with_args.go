package main

func init(n int) {}

func main() {}
