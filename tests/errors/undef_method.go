package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	var c Counter
	c.Dec()
}
