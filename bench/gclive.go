// gclive: a large live heap under steady allocation, the collector's own benchmark. A ring
// of 2^n slots keeps 2^n nodes live, each 48 bytes with a 96-byte payload, plus the older
// nodes they still point to (200-250 MB marked at n=20), while 16 × 2^n of them (2.3 GB at
// n=20) are allocated in total; every new node takes over its neighbour's link, whose own
// is cut, so the live graph is rewired while the marker runs.
// bench: args=20 small=10
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Node struct {
	left    *Node
	payload []byte
}

func main() {
	shift := 20
	if len(os.Args) > 1 {
		shift, _ = strconv.Atoi(os.Args[1])
	}
	live := 1 << shift
	ring := make([]*Node, live)
	sum := 0
	for i := 0; i < 16*live; i++ {
		k := (i * 7919) % live
		n := &Node{payload: make([]byte, 96)}
		n.payload[0] = byte(i)
		if m := ring[(k+1)%live]; m != nil {
			m.left = nil
			n.left = m
		}
		if old := ring[k]; old != nil {
			sum += int(old.payload[0])
		}
		ring[k] = n
	}
	cnt := 0
	for _, n := range ring {
		if n != nil {
			cnt++
			if n.left != nil {
				cnt++
			}
		}
	}
	fmt.Println(cnt, sum)
}
