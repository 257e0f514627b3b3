package main

import (
	"fmt"
	"strings"
)

type Dir struct {
	Name     string
	Files    []File
	Children []*Dir
	Parent   *Dir
}

type File struct {
	Name string
	Size int
	Dir  *Dir
}

func (d *Dir) Mkdir(name string) *Dir {
	c := &Dir{Name: name, Parent: d}
	d.Children = append(d.Children, c)
	return c
}

func (d *Dir) Touch(name string, size int) {
	d.Files = append(d.Files, File{name, size, d})
}

func (d *Dir) Size() int {
	total := 0
	for _, f := range d.Files {
		total += f.Size
	}
	for _, c := range d.Children {
		total += c.Size()
	}
	return total
}

func (d *Dir) Path() string {
	if d.Parent == nil {
		return d.Name
	}
	return d.Parent.Path() + "/" + d.Name
}

func (d *Dir) Print(depth int) {
	fmt.Printf("%s%s/ (%d)\n", strings.Repeat("  ", depth), d.Name, d.Size())
	for _, f := range d.Files {
		fmt.Printf("%s%s %d\n", strings.Repeat("  ", depth+1), f.Name, f.Size)
	}
	for _, c := range d.Children {
		c.Print(depth + 1)
	}
}

func main() {
	root := &Dir{Name: ""}
	src := root.Mkdir("src")
	src.Touch("main.go", 120)
	lib := src.Mkdir("lib")
	lib.Touch("a.go", 50)
	lib.Touch("b.go", 75)
	root.Mkdir("empty")
	root.Touch("README", 10)
	root.Print(0)
	fmt.Println(lib.Path(), lib.Files[1].Dir.Name, root.Size())
}
