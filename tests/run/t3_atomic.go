package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var flags uint32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt64(&ops, 1)
			}
			if i == 7 {
				atomic.StoreUint32(&flags, 7)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&ops), atomic.LoadUint32(&flags))
	var v int32 = 10
	fmt.Println(atomic.CompareAndSwapInt32(&v, 10, 20), v)
	fmt.Println(atomic.CompareAndSwapInt32(&v, 10, 30), v)
	fmt.Println(atomic.SwapInt32(&v, 5), v)
	var winner int32 = -1
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func(i int32) {
			defer wg2.Done()
			atomic.CompareAndSwapInt32(&winner, -1, i)
		}(int32(i))
	}
	wg2.Wait()
	fmt.Println(winner >= 0 && winner < 10)
}
