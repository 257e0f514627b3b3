// sync/atomic: the functions and the Go 1.19 types, under contention.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type config struct{ name string }

func main() {
	var (
		i32 atomic.Int32
		i64 atomic.Int64
		u32 atomic.Uint32
		u64 atomic.Uint64
		b   atomic.Bool
		v   atomic.Value
		up  uintptr
		n   int64
	)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				i32.Add(1)
				i64.Add(2)
				u32.Add(3)
				u64.Add(4)
				atomic.AddUintptr(&up, 1)
				atomic.AddInt64(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(i32.Load(), i64.Load(), u32.Load(), u64.Load(), atomic.LoadUintptr(&up), atomic.LoadInt64(&n))
	fmt.Println(b.Load(), b.CompareAndSwap(false, true), b.Load(), b.Swap(false), b.Load())
	fmt.Println(i64.CompareAndSwap(16000, 1), i64.Swap(5), i64.Load())
	fmt.Println(atomic.SwapInt64(&n, 3), atomic.CompareAndSwapInt64(&n, 3, 4), n)
	fmt.Println(v.Load())
	v.Store(config{"a"})
	fmt.Println(v.Load().(config).name)
	old := v.Swap(config{"b"})
	fmt.Println(old.(config).name, v.Load().(config).name)
	fmt.Println(v.CompareAndSwap(config{"b"}, config{"c"}), v.Load().(config).name)
	x, y := 1, 2
	p := unsafe.Pointer(&x)
	atomic.StorePointer(&p, unsafe.Pointer(&y))
	fmt.Println(*(*int)(atomic.LoadPointer(&p)))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(42)
	}()
}
