package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%v|%x|%X|%o|%O|%b|%c|%q|%U\n", n, n, n, n, n, n, n, n, n, n)
	m := -42
	fmt.Printf("%d|%x|%X|%o|%b\n", m, m, m, m, m)
	fmt.Printf("%#x|%#X|%#o|%#b|%#v\n", n, n, n, n, n)
	fmt.Printf("%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|\n", 42, 42, 42, 42, 42, 42, 42)
	fmt.Printf("%05d|%+05d|% 05d|%-05d|\n", -42, 42, 42, -42)
	fmt.Printf("%8x|%-8X|%08b|%#08x|\n", 3054, 3054, 5, 255)
	fmt.Printf("%.3d|%6.3d|%-6.3d|%.0d|%.0d|\n", 7, 7, 7, 0, 1)
	var u8 uint8 = 200
	var i16 int16 = -300
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d %d %d\n", u8, i16, u64)
	fmt.Printf("%x %x %x\n", u8, i16, u64)
	fmt.Printf("%v %T %T %T\n", 'A', 'A', u8, i16)
	fmt.Printf("%c%c%c %q %q %U %#U\n", 72, 0x4e16, 0x1F600, 'x', '\n', 0x1F600, 'ä')
	fmt.Printf("%q %q %q\n", 0, 0x7f, 0xFFFD)
	fmt.Printf("%x %X % x\n", -1, int8(-128), 1000)
	fmt.Printf("%*d|%-*d|\n", 6, 12, 6, 12)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
}
