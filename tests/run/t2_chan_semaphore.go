package main

import "fmt"

type Pool struct {
	tokens chan struct{}
	used   []string
}

func NewPool(n int) *Pool {
	p := &Pool{tokens: make(chan struct{}, n)}
	for i := 0; i < n; i++ {
		p.tokens <- struct{}{}
	}
	return p
}

func (p *Pool) TryAcquire(who string) bool {
	select {
	case <-p.tokens:
		p.used = append(p.used, who)
		return true
	default:
		return false
	}
}

func (p *Pool) Release() {
	p.used = p.used[1:]
	p.tokens <- struct{}{}
}

func main() {
	p := NewPool(2)
	for _, w := range []string{"a", "b", "c"} {
		fmt.Println(w, p.TryAcquire(w), len(p.tokens))
	}
	p.Release()
	fmt.Println(p.TryAcquire("c"), p.used)
	fns := make(chan func() int, 3)
	for i := 1; i <= 3; i++ {
		n := i
		fns <- func() int { return n * 100 }
	}
	close(fns)
	for f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
