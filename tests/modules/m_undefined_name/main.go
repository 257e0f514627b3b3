package main

import (
	"fmt"

	"example.com/undef/util"
)

func main() {
	fmt.Println(util.Exported(1), util.helper(2))
	t := util.T{Public: 1}
	fmt.Println(t.private, util.Missing)
	var s string = util.Exported(3)
	fmt.Println(s)
}
