package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func check(err error) {
	if err != nil {
		fmt.Println("error:", err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gosub-files-*")
	check(err)
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "hello.txt")

	check(os.WriteFile(p, []byte("line one\nline two\n"), 0644))
	data, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", data, err)

	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	n, err := f.WriteString("line three\n")
	fmt.Println(n, err)
	check(f.Close())
	fmt.Println(f.Close() != nil)

	f, err = os.Open(p)
	check(err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf))
	off, err := f.Seek(-6, io.SeekEnd)
	fmt.Println(off, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	n, err = f.Read(buf)
	fmt.Println(n, err)
	n, err = f.ReadAt(buf, 5)
	fmt.Println(n, err, string(buf))
	info, err := f.Stat()
	check(err)
	fmt.Println(info.Name(), info.Size(), info.Mode(), info.IsDir())
	f.Close()
	_, err = f.Read(buf)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))

	check(os.MkdirAll(filepath.Join(dir, "a", "b", "c"), 0755))
	check(os.WriteFile(filepath.Join(dir, "a", "x.go"), []byte("package x"), 0600))
	check(os.WriteFile(filepath.Join(dir, "a", "b", "y.txt"), nil, 0600))
	entries, err := os.ReadDir(filepath.Join(dir, "a"))
	check(err)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type().IsRegular())
	}
	var walked []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		walked = append(walked, rel)
		return nil
	})
	sort.Strings(walked)
	fmt.Println(walked)
	matches, _ := filepath.Glob(filepath.Join(dir, "a", "*.go"))
	fmt.Println(len(matches), filepath.Base(matches[0]))

	check(os.Rename(p, filepath.Join(dir, "renamed.txt")))
	_, err = os.Stat(p)
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	err = os.Mkdir(filepath.Join(dir, "a"), 0755)
	fmt.Println(os.IsExist(err), strings.Replace(err.Error(), dir, "DIR", 1))
	err = os.Remove(filepath.Join(dir, "a"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	check(os.RemoveAll(filepath.Join(dir, "a")))
	_, err = os.Stat(filepath.Join(dir, "a"))
	fmt.Println(os.IsNotExist(err))

	tf, err := os.CreateTemp(dir, "tmp-*.txt")
	check(err)
	fmt.Println(strings.HasPrefix(filepath.Base(tf.Name()), "tmp-"), strings.HasSuffix(tf.Name(), ".txt"))
	fmt.Fprintf(tf, "%d %s\n", 7, "written with fmt")
	tf.Close()
	data, _ = os.ReadFile(tf.Name())
	fmt.Print(string(data))
	_, err = os.CreateTemp(dir, "bad/pattern")
	fmt.Println(err)
	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	fmt.Println(filepath.Ext("x/y.tar.gz"), filepath.Dir("/a/b/c"), filepath.IsAbs("rel"), filepath.Clean("a//b/../c/."))
	fmt.Println(filepath.Split("/home/user/file.txt"))
	abs, _ := filepath.Abs("/x/../y")
	fmt.Println(abs, filepath.ToSlash("a/b"), filepath.SplitList("/bin:/usr/bin"))
}
