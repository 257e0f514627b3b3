package main

import (
	"encoding/hex"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"html"
	"os"
	"path"
	"text/tabwriter"
)

var dumpme = []byte("0123456789abcdefXYZ")

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbb\tc")
	fmt.Fprintln(w, "x\t\tlonger cell")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', 0)
	fmt.Fprintf(w, "name\tqty\tprice\nwidget\t3\t1.50\ngizmo\t12\t10.00\n")
	w.Flush()

	src := []byte("Hello Gopher!")
	enc := hex.EncodeToString(src)
	dec, err := hex.DecodeString(enc)
	fmt.Println(enc, string(dec), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump(dumpme))

	fmt.Println(html.EscapeString(`<a href="x">Tom & "Jerry"</a>`), html.UnescapeString("&lt;b&gt; &amp;amp; &eacute; &#233; &#x41;"))

	fmt.Println(path.Join("a/b", "../c", "/d"), path.Base("/x/y.go"), path.Dir("/x/y.go"), path.Ext("f.tar.gz"), path.Clean("/../a//b/./c/.."), path.IsAbs("/a"))
	matched, err := path.Match("*.go", "main.go")
	fmt.Println(matched, err)
	fmt.Println(path.Split("static/myfile.css"))

	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%08x %08x %016x\n", crc32.ChecksumIEEE(data), adler32.Checksum(data), crc64.Checksum(data, crc64.MakeTable(crc64.ECMA)))
	h := fnv.New64a()
	h.Write(data)
	h32 := fnv.New32()
	h32.Write(data)
	fmt.Printf("%x %x %d\n", h.Sum64(), h32.Sum(nil), h.Size())
	c := crc32.New(crc32.MakeTable(crc32.Castagnoli))
	c.Write(data)
	fmt.Printf("%08x\n", c.Sum32())
}
