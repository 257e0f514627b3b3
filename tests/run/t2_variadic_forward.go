package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Printf(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Println(args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintln(args...))
}

func wrap(args ...interface{}) []interface{} { return args }

func count(args ...interface{}) int { return len(args) }

func main() {
	l := &Logger{prefix: "[log] "}
	l.Printf("%d + %d = %d", 1, 2, 3)
	l.Printf("no args")
	l.Println("a", 1, true)
	l.Printf("%v", []interface{}{1, 2})
	l.Printf("%v %v", []interface{}{1, 2}...)
	for _, s := range l.lines {
		fmt.Printf("%q\n", s)
	}
	w := wrap(1, "b", nil)
	fmt.Println(len(w), w)
	fmt.Println(count(w), count(w...), count(), count(nil), count(nil...))
	ints := []int{1, 2}
	fmt.Println(count(ints), count(ints[0], ints[1]))
}
