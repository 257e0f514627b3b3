package main

import (
	"fmt"
	"strings"
)

type Handler interface {
	Handle(req string) string
}

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(req string) string { return f(req) }

type Middleware func(Handler) Handler

func Logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(req string) string {
			fmt.Println(prefix, "->", req)
			resp := next.Handle(req)
			fmt.Println(prefix, "<-", resp)
			return resp
		})
	}
}

func Upper(next Handler) Handler {
	return HandlerFunc(func(req string) string {
		return next.Handle(strings.ToUpper(req))
	})
}

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	echo := HandlerFunc(func(r string) string { return "echo:" + r })
	h := Chain(echo, Logging("outer"), Upper, Logging("inner"))
	fmt.Println(h.Handle("hello"))
	fmt.Printf("%T\n", echo)
}
