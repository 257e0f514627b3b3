package main

import "fmt"

type Tag struct {
	Key string
	Val interface{}
}

func main() {
	data := map[string][]Tag{
		"b": {{"x", 1}, {"y", []int{2, 3}}},
		"a": {{"z", map[string]bool{"t": true}}},
	}
	fmt.Println(data)
	fmt.Printf("%+v\n", data)
	nested := [][]map[string]int{{{"a": 1}, {"b": 2}}, {}}
	fmt.Println(nested)
	arr := [2][]string{{"p", "q"}, nil}
	fmt.Println(arr)
	fmt.Printf("%q\n", arr)
	mix := []interface{}{[]interface{}{1, []string{"a"}}, map[int][]float64{1: {0.5}}, nil, Tag{"k", Tag{"in", nil}}}
	fmt.Println(mix)
	fmt.Printf("%+v\n", mix)
	fmt.Printf("%v\n", [][]byte{[]byte("ab"), nil})
	fmt.Printf("%s\n", [][]byte{[]byte("ab"), []byte("cd")})
	fmt.Printf("%x %X\n", []string{"hi", "yo"}, []int{10, 255})
	fmt.Printf("%d\n", [][]int{{1, 2}, {3}})
	fmt.Printf("%.1f\n", []float64{1.25, 2.75})
	fmt.Printf("%5d|\n", []int{1, 22})
	fmt.Printf("%t\n", []bool{true, false})
	fmt.Printf("%c %U\n", []rune("hé"), []rune("hé"))
	fmt.Printf("%q\n", []rune("hé"))
}
