package main

import (
	"fmt"
	"strings"
)

type request struct {
	text  string
	reply chan string
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- strings.ToUpper(r.text)
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for _, t := range []string{"one", "two", "three"} {
		r := request{t, make(chan string)}
		reqs <- r
		fmt.Println(t, "->", <-r.reply)
	}
	close(reqs)
	results := make([]chan string, 3)
	reqs2 := make(chan request, 3)
	go server(reqs2)
	for i := range results {
		results[i] = make(chan string, 1)
		reqs2 <- request{fmt.Sprint("msg", i), results[i]}
	}
	for _, rc := range results {
		fmt.Println(<-rc)
	}
}
