package main

import "fmt"

type List struct {
	head *elem
	size int
}

type elem struct {
	val  string
	next *elem
}

func (l *List) PushFront(v string) {
	l.head = &elem{v, l.head}
	l.size++
}

func (l *List) PushBack(v string) {
	e := &elem{val: v}
	l.size++
	if l.head == nil {
		l.head = e
		return
	}
	cur := l.head
	for cur.next != nil {
		cur = cur.next
	}
	cur.next = e
}

func (l *List) Reverse() {
	var prev *elem
	cur := l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List) Remove(v string) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).next {
		if (*pp).val == v {
			*pp = (*pp).next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) String() string {
	s := "["
	for e := l.head; e != nil; e = e.next {
		if e != l.head {
			s += " -> "
		}
		s += e.val
	}
	return s + "]"
}

func main() {
	var l List
	l.PushBack("b")
	l.PushFront("a")
	l.PushBack("c")
	l.PushBack("d")
	fmt.Println(l.String(), l.size)
	l.Reverse()
	fmt.Println(&l)
	fmt.Println(l.Remove("c"), l.Remove("zz"), l.Remove("d"))
	fmt.Println(&l, l.size)
}
