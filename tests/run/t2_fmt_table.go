package main

import (
	"fmt"
	"strings"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
	OK    bool
}

func main() {
	rows := []Row{
		{"widget", 3, 4.5, true},
		{"gadget-extra-long", 12, 0.333, false},
		{"x", -1, 1234.5678, true},
	}
	header := fmt.Sprintf("%-18s|%5s|%10s|%-5s", "NAME", "QTY", "PRICE", "OK")
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	total := 0.0
	for _, r := range rows {
		fmt.Printf("%-18.18s|%5d|%10.2f|%-5t\n", r.Name, r.Qty, r.Price, r.OK)
		total += float64(r.Qty) * r.Price
	}
	fmt.Printf("%-18s|%5s|%10.3e|\n", "TOTAL", "", total)
	fmt.Printf("%08.3f|%+.2e|%x|%X|%o\n", total, total, 3054, 3054, 64)
	fmt.Printf("%3d%%|%-6.1f%%|\n", 42, 99.44)
}
