// errorcheck -0 -m -l

// A label that a later goto jumps back to starts a loop, like for.
package escape

var gp *int

func gotoLoop() {
	var p *int
	i := 0
loop:
	x := i // ERROR "moved to heap: x$"
	p = &x
	i++
	if i < 3 {
		goto loop
	}
	_ = p
}

func gotoForward() *int {
	y := 1 // ERROR "moved to heap: y$"
	goto done
done:
	z := &y
	return z
}

func labeledFor() {
	var p *int
outer:
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			v := i + j // ERROR "moved to heap: v$"
			p = &v
			if j > 0 {
				continue outer
			}
		}
	}
	_ = p
}
