package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('é')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	b := make([]byte, 3)
	n, _ := buf.Read(b)
	fmt.Println(n, string(b))
	r, size, _ := buf.ReadRune()
	fmt.Println(r, size)
	buf.Truncate(2)
	fmt.Printf("%q\n", buf.Bytes())
	buf.Reset()
	_, err = buf.ReadByte()
	fmt.Println(err == io.EOF, buf.Len())

	x := []byte("  Go is fun, Go is fast  ")
	fmt.Println(bytes.Count(x, []byte("Go")), bytes.Index(x, []byte("fun")), bytes.Contains(x, []byte("fast")))
	fmt.Printf("%q\n", bytes.Fields(x))
	fmt.Printf("%q\n", bytes.TrimSpace(x))
	fmt.Printf("%q\n", bytes.ToUpper(x))
	fmt.Printf("%q\n", bytes.Split([]byte("a:b:c"), []byte(":")))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix(x, []byte("  Go")))
	fmt.Printf("%q\n", bytes.Map(unicode.ToUpper, []byte("shout")))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("oink oink"), []byte("k"), []byte("ky")))
	fmt.Printf("%q\n", bytes.Repeat([]byte("-"), 5))
	fmt.Println(bytes.IndexByte(x, 'f'), bytes.LastIndex(x, []byte("Go")), bytes.EqualFold([]byte("GO"), []byte("go")))

	rd := bytes.NewReader([]byte("reader data"))
	var out bytes.Buffer
	copied, _ := io.Copy(&out, rd)
	fmt.Println(copied, out.String())
	w := io.MultiWriter(os.Stdout, &out)
	fmt.Fprintln(w, "to both")
	fmt.Print(out.String())
	nb := bytes.NewBufferString("from string")
	data, _ := io.ReadAll(io.LimitReader(nb, 4))
	fmt.Println(string(data), nb.String())
}
