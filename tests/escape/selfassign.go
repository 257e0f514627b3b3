// errorcheck -0 -m -l

// Self-assignments such as b.buf = b.buf[1:] move nothing (gc's isSelfAssign).
package escape

type Buf struct {
	buf []byte
	arr [4]*int
	p   *int
}

func (b *Buf) advance() { // ERROR "b does not escape$"
	b.buf = b.buf[1:] // ERROR "\(\*Buf\)\.advance ignoring self-assignment in b\.buf = b\.buf\[1:\]$"
}

func (b *Buf) swap() { // ERROR "b does not escape$"
	b.arr[0] = b.arr[1] // ERROR "\(\*Buf\)\.swap ignoring self-assignment in b\.arr\[0\] = b\.arr\[1\]$"
}

func (b *Buf) same() { // ERROR "b does not escape$"
	b.p = b.p // ERROR "\(\*Buf\)\.same ignoring self-assignment in b\.p = b\.p$"
}

func notSelf(b, c *Buf) { // ERROR "b does not escape$" "leaking param content: c$"
	b.buf = c.buf[1:]
}
