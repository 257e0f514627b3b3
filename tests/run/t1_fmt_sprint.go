package main

import "fmt"

func main() {
	fmt.Printf("%q\n", fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Printf("%q\n", fmt.Sprint(1, 2))
	fmt.Printf("%q\n", fmt.Sprint("a", 1))
	fmt.Printf("%q\n", fmt.Sprint(1, "a"))
	fmt.Printf("%q\n", fmt.Sprint(true, false))
	fmt.Printf("%q\n", fmt.Sprint(1.5, 2.5))
	fmt.Printf("%q\n", fmt.Sprint('a', 'b'))
	fmt.Printf("%q\n", fmt.Sprint([]int{1}, []int{2}))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1, 2))
	fmt.Printf("%q\n", fmt.Sprintln(""))
	fmt.Printf("%q\n", fmt.Sprintf("%d-%s", 1, "x"))
	fmt.Printf("%q\n", fmt.Sprintf("plain"))
	s := fmt.Sprint("x=", 10, ", y=", 20)
	fmt.Println(s)
	t := fmt.Sprintf("%s has %d chars", s, len(s))
	fmt.Println(t)
	fmt.Print("P", "r", "int", 1, 2, 3, "\n")
	fmt.Print(1, 2.0, 3, "\n")
	fmt.Print("", "", "x", "\n")
	var u8 uint8 = 7
	var i64 int64 = -7
	fmt.Print(u8, i64, "\n")
	fmt.Println(fmt.Sprint(u8, i64))
}
