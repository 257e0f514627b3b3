// gosub's own package time: Duration and its methods, Now/Since/Sub for timing and Sleep,
// whose bodies are in runtime/stdmisc.c (timers come with the scheduler). Go's own package is bound to gc's runtime timers (runtimeTimer
// and //go:linkname into the runtime) and reads zoneinfo through syscall; calendar time
// (Date, Format, Parse, Weekday, Month) is not here yet.
package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string
func (d Duration) Seconds() float64
func (d Duration) Milliseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Nanoseconds() int64

type Time struct {
	ns int64
}

func Now() Time
func Since(t Time) Duration
func (t Time) Sub(u Time) Duration
func (t Time) UnixNano() int64
func Sleep(d Duration)

func (d Duration) Hours() float64
func (d Duration) Minutes() float64
func (d Duration) Round(m Duration) Duration
func (d Duration) Truncate(m Duration) Duration
func After(d Duration) <-chan Time

// Timers are the scheduler's (runtime/timer.c); r is the runtime's timer record.
type Timer struct {
	C <-chan Time
	r [6]int64
}

func NewTimer(d Duration) *Timer
func AfterFunc(d Duration, f func()) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool

type Ticker struct {
	C <-chan Time
	r [6]int64
}

func NewTicker(d Duration) *Ticker
func Tick(d Duration) <-chan Time
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
