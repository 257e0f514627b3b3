package main

import "fmt"

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Log(msg string) {
	l.lines++
	fmt.Println(l.prefix + msg)
}

type Service struct {
	*Logger
	name string
}

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int { return c.n }

type Wrapper struct {
	Counter
}

func main() {
	lg := &Logger{prefix: "[svc] "}
	s1 := Service{lg, "one"}
	s2 := Service{Logger: lg, name: "two"}
	s1.Log("hello from " + s1.name)
	s2.Log("hello from " + s2.name)
	fmt.Println(lg.lines, s1.lines, s2.Logger.lines)
	var w Wrapper
	w.Inc()
	w.Inc()
	w.Counter.Inc()
	fmt.Println(w.Get(), w.n)
	pw := &w
	pw.Inc()
	fmt.Println(pw.Get())
}
