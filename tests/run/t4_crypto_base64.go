package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%x\n%x\n%x\n", sha256.Sum256(data), sha1.Sum(data), md5.Sum(data))
	fmt.Printf("%x\n", sha256.Sum224(data))
	h := sha256.New()
	io.WriteString(h, "The quick brown fox ")
	io.Copy(h, strings.NewReader("jumps over the lazy dog"))
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	h.Reset()
	fmt.Printf("%x\n", h.Sum([]byte("prefix")))
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	fmt.Printf("%x\n", sha256.Sum256(big))

	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := enc.EncodeToString([]byte("hi?>~ gosub!"))
		d, err := enc.DecodeString(s)
		fmt.Println(s, string(d), err)
	}
	_, err := base64.StdEncoding.DecodeString("not base64!")
	fmt.Println(err)
	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	w.Write([]byte("streamed"))
	w.Close()
	fmt.Println(sb.String())

	b := make([]byte, 16)
	binary.BigEndian.PutUint64(b, 0x0102030405060708)
	binary.LittleEndian.PutUint32(b[8:], 0xdeadbeef)
	binary.BigEndian.PutUint16(b[12:], 0xcafe)
	fmt.Println(b, binary.LittleEndian.Uint64(b), binary.BigEndian.Uint32(b[8:]))
	vb := binary.AppendVarint(nil, -1000)
	vb = binary.AppendUvarint(vb, 1<<40)
	x, n := binary.Varint(vb)
	y, m := binary.Uvarint(vb[n:])
	fmt.Println(vb, x, n, y, m, binary.PutUvarint(b, 127))
}
