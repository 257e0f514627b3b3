// import path "runtime/debug"
package debug

// gosub's own package runtime/debug: the collector's knobs, bodies in runtime/mgc.c.

// SetGCPercent sets GOGC's percentage and returns the previous one; a negative percentage
// turns the collector off.
func SetGCPercent(percent int) int

// FreeOSMemory forces a collection and returns as much memory to the OS as it can.
func FreeOSMemory()
