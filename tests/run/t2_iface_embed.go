package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Closer interface{ Close() error }

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Close() error {
	b.closed = true
	return nil
}

func main() {
	b := &Buffer{}
	var rwc ReadWriteCloser = b
	var rw ReadWriter = rwc
	var w Writer = rw
	var r Reader = rw
	fmt.Println(w.Write("hello"), w.Write("world"))
	fmt.Println(r.Read(), rw.Read(), r.Read() == "")
	fmt.Println(rwc.Close(), b.closed)
	_, isCloser := r.(Closer)
	fmt.Println(isCloser)
	var c Closer = b
	rw2, ok := c.(ReadWriter)
	fmt.Println(ok, rw2.Write("x"), len(b.data))
}
