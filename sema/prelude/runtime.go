// gosub's own package runtime: what programs call of Go's runtime (GC, Gosched, NumGoroutine,
// GOMAXPROCS, ReadMemStats, KeepAlive, ...), declarations whose bodies are gosub's C runtime
// (runtime/). Go's runtime package is gc's own runtime and cannot run under another.
package runtime

// MemStats: Go 1.19's layout (runtime/gort.h GoMemStats mirrors it).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func GC()
func Gosched()
func Goexit()
func LockOSThread()
func UnlockOSThread()
func GOMAXPROCS(n int) int
func NumCPU() int
func NumGoroutine() int
func ReadMemStats(m *MemStats)
func KeepAlive(x any)

// Error identifies a run time error (the value of a runtime panic).
type Error interface {
	error
	RuntimeError()
}

// The running program's operating system and architecture, as gc names them.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)
