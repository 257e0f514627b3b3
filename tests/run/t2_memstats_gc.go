// runtime.ReadMemStats moves the way Go's figures do around allocations and runtime.GC.
package main

import (
	"fmt"
	"runtime"
)

type blob struct {
	next *blob
	buf  [1024]byte
}

var keep *blob

func main() {
	var m0, m1, m2, m3 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	// allocated by a goroutine that then ends: no stale copy of a pointer stays behind on a
	// stack that is still in use
	done := make(chan bool)
	go func() {
		for i := 0; i < 10000; i++ {
			keep = &blob{next: keep}
		}
		done <- true
	}()
	<-done
	runtime.ReadMemStats(&m1)
	fmt.Println("mallocs grew:", m1.Mallocs-m0.Mallocs >= 10000)
	fmt.Println("total alloc grew by 10 MB or more:", m1.TotalAlloc-m0.TotalAlloc >= 10000*1024)
	fmt.Println("heap alloc grew:", m1.HeapAlloc > m0.HeapAlloc+9*1024*1024)
	fmt.Println("heap sys covers heap in use:", m1.HeapSys >= m1.HeapInuse)
	fmt.Println("sys covers heap sys:", m1.Sys >= m1.HeapSys)
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&m2)
	fmt.Println("one more GC:", m2.NumGC >= m1.NumGC+1, "forced:", m2.NumForcedGC >= m1.NumForcedGC+1)
	fmt.Println("frees grew:", m2.Frees-m1.Frees >= 10000)
	fmt.Println("heap alloc fell:", m2.HeapAlloc < m1.HeapAlloc-9*1024*1024)
	fmt.Println("objects fell:", m2.HeapObjects < m1.HeapObjects)
	fmt.Println("pauses recorded:", m2.PauseTotalNs > 0, m2.PauseNs[(m2.NumGC+255)%256] > 0)
	fmt.Println("last GC set:", m2.LastGC > 0)
	fmt.Println("next GC at least 4 MB:", m2.NextGC >= 4<<20)
	runtime.GC()
	runtime.ReadMemStats(&m3)
	fmt.Println("total alloc never falls:", m3.TotalAlloc >= m2.TotalAlloc)
	fmt.Println("mallocs - frees = objects:", m3.Mallocs-m3.Frees == m3.HeapObjects)
}
