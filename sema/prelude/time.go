// gosub's own package time. Go's own package is bound to gc's runtime timers (runtimeTimer and
// //go:linkname into the runtime) and reads zoneinfo through syscall, so gosub keeps its own:
//
//   - timers (Sleep, After, Tick, Timer, Ticker, AfterFunc) are the scheduler's, in C
//     (runtime/timer.c); Now and the Duration methods of the first version are C too
//     (runtime/stdmisc.c);
//   - calendar time is Go, written here: Month, Weekday, Location, Date, Unix*, the Time
//     methods; time_format.go (the package's second file, named by the //gosub:file line
//     below) has Format/AppendFormat with every layout element of Go 1.19, Parse and
//     ParseInLocation with Go's *ParseError texts, ParseDuration with Go's error texts.
//
// Time has Go's layout and encoding, {wall uint64; ext int64; loc *Location}, so that == on
// Times and unsafe.Sizeof behave as in Go: bit 63 of wall says a monotonic reading is present;
// then wall holds 33 bits of seconds since 1885-01-01 (bits 30..62) and ext the monotonic
// clock (ns since the program started); otherwise ext holds the seconds since 0001-01-01 UTC.
// The low 30 bits of wall are the nanoseconds. loc == nil means UTC. runtime/stdmisc.c's Now
// and runtime/timer.c's channel sends build Times with this encoding (lib_internal.h's Time);
// the collector sees loc through the pointer mask codegen emits (timer.c's channel element
// descriptor carries the same mask).
//
// Time zones: only fixed-offset zones. UTC, FixedZone, the zones Parse fabricates from
// numeric offsets or unknown abbreviations, and Local when the local zone is UTC. Local is
// resolved as Go does (TZ unset: /etc/localtime; TZ="" or "UTC" or unreadable: UTC; TZ=":x",
// "/path" or a zoneinfo name otherwise) and accepted when every zone type of that TZif file
// has offset 0 (as on the machines gosub is tested on); its abbreviation ("UTC", "GMT") is
// the name printed. Any other local zone is not supported: converting a Local time to the
// calendar then panics with "time: local time zone ... is not supported by gosub" rather than
// printing a wrong time (Sleep, Since, Sub and the timers keep working). LoadLocation and the
// tz database are not here: a program using them gets "undefined: time.LoadLocation".
//
// Example: Date(2009, November, 10, 23, 0, 0, 0, UTC) → days since 1970 by the civil-date
// formula (daysFrom), plus the clock: unix 1257894000 → ext = 1257894000 + unixToInternal,
// wall = 0 (no monotonic reading), loc = nil; its String() is "2009-11-10 23:00:00 +0000 UTC".
package time

//gosub:file time_format.go

import "sync"

// ---- Duration ----

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

func (d Duration) String() string
func (d Duration) Seconds() float64
func (d Duration) Milliseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Nanoseconds() int64
func (d Duration) Hours() float64
func (d Duration) Minutes() float64
func (d Duration) Round(m Duration) Duration
func (d Duration) Truncate(m Duration) Duration

// Abs returns the absolute value of d; -1<<63 becomes 1<<63-1.
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == minDuration {
		return maxDuration
	}
	return -d
}

// ---- Month and Weekday ----

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}
var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
	"Oct", "Nov", "Dec"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"}
var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

func utoa(u uint64) string {
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	return string(buf[i:])
}

// ---- Location ----

// A Location is a fixed-offset zone: its name (what String returns), the zone's abbreviation
// and its offset east of UTC in seconds. bad is set for a Local zone gosub cannot represent.
type Location struct {
	name   string
	zname  string
	offset int
	bad    string
}

var utcLoc = Location{name: "UTC", zname: "UTC"}
var localLoc = Location{name: "Local"}
var localOnce = sync.Once{} // (an initializer: without one it would be the runtime's C object)

var UTC *Location = &utcLoc
var Local *Location = &localLoc

func (l *Location) String() string { return l.get().name }

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc {
		localOnce.Do(initLocal)
	}
	return l
}

func initLocal() {
	zname, desc, ok := localZone()
	if ok {
		localLoc.zname = zname
	} else {
		localLoc.bad = "time: local time zone " + desc + " is not supported by gosub (only UTC)"
	}
}

// zone returns l's abbreviation and offset; a Local zone gosub cannot represent panics.
func (l *Location) zone() (string, int) {
	l = l.get()
	if l.bad != "" {
		panic(l.bad)
	}
	return l.zname, l.offset
}

// FixedZone returns a Location that always uses the given zone name and offset (seconds
// east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zname: name, offset: offset}
}

// ---- Time ----

type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

const (
	hasMonotonic = 1 << 63
	nsecMask     = 1<<30 - 1
	nsecShift    = 30

	secondsPerDay  = 86400
	unixToInternal = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	wallToInternal = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
)

func (t *Time) nsec() int32 { return int32(t.wall & nsecMask) }

// sec: seconds since 0001-01-01 UTC
func (t *Time) sec() int64 {
	if t.wall&hasMonotonic != 0 {
		return wallToInternal + int64(t.wall<<1>>(nsecShift+1))
	}
	return t.ext
}

func (t *Time) unixSec() int64 { return t.sec() - unixToInternal }

func (t *Time) stripMono() {
	if t.wall&hasMonotonic != 0 {
		t.ext = t.sec()
		t.wall &= nsecMask
	}
}

func (t *Time) addSec(d int64) {
	if t.wall&hasMonotonic != 0 {
		s := int64(t.wall<<1>>(nsecShift+1)) + d
		if 0 <= s && s < 1<<33 {
			t.wall = t.wall&nsecMask | uint64(s)<<nsecShift | hasMonotonic
			return
		}
		t.stripMono()
	}
	sum := t.ext + d
	if (sum > t.ext) == (d > 0) {
		t.ext = sum
	} else if d > 0 {
		t.ext = 1<<63 - 1
	} else {
		t.ext = -(1<<63 - 1)
	}
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

func unixTime(sec int64, nsec int32) Time {
	return Time{uint64(nsec), sec + unixToInternal, Local}
}

// ---- calendar arithmetic (proleptic Gregorian, days counted from 1970-01-01) ----

func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return
}

// daysFrom returns the day number of year-month-day (month 1..12, day may overflow).
func daysFrom(year int64, month int, day int64) int64 {
	if month <= 2 {
		year--
	}
	era, yoe := floorDiv(year, 400)
	mp := int64((month + 9) % 12) // March = 0
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil is daysFrom's inverse.
func civil(days int64) (year int, month Month, day int) {
	era, doe := floorDiv(days+719468, 146097)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return int(y), Month(m), day
}

func isLeap(year int) bool { return year%4 == 0 && (year%100 != 0 || year%400 == 0) }

func daysIn(m Month, year int) int {
	switch m {
	case February:
		if isLeap(year) {
			return 29
		}
		return 28
	case April, June, September, November:
		return 30
	}
	return 31
}

// locabs: the zone's abbreviation and offset and the local time as seconds since 1970.
func (t Time) locabs() (name string, offset int, local int64) {
	name, offset = t.loc.zone()
	return name, offset, t.unixSec() + int64(offset)
}

func (t Time) Date() (year int, month Month, day int) {
	_, _, local := t.locabs()
	days, _ := floorDiv(local, secondsPerDay)
	return civil(days)
}

func (t Time) Year() int       { y, _, _ := t.Date(); return y }
func (t Time) Month() Month    { _, m, _ := t.Date(); return m }
func (t Time) Day() int        { _, _, d := t.Date(); return d }
func (t Time) Hour() int       { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int     { _, m, _ := t.Clock(); return m }
func (t Time) Second() int     { _, _, s := t.Clock(); return s }
func (t Time) Nanosecond() int { return int(t.nsec()) }

func (t Time) Clock() (hour, min, sec int) {
	_, _, local := t.locabs()
	_, s := floorDiv(local, secondsPerDay)
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

func (t Time) Weekday() Weekday {
	_, _, local := t.locabs()
	return localWeekday(local)
}

func localWeekday(local int64) Weekday {
	days, _ := floorDiv(local, secondsPerDay)
	_, wd := floorDiv(days+4, 7) // 1970-01-01 was a Thursday
	return Weekday(wd)
}

func (t Time) YearDay() int {
	_, _, local := t.locabs()
	days, _ := floorDiv(local, secondsPerDay)
	y, _, _ := civil(days)
	return int(days-daysFrom(int64(y), 1, 1)) + 1
}

// ISOWeek returns the ISO 8601 year and week number of t.
func (t Time) ISOWeek() (year, week int) {
	_, _, local := t.locabs()
	days, _ := floorDiv(local, secondsPerDay)
	_, wd := floorDiv(days+3, 7) // Monday = 0
	thu := days - wd + 3         // the Thursday of t's week decides the year
	year, _, _ = civil(thu)
	return year, int((thu-daysFrom(int64(year), 1, 1))/7) + 1
}

func (t Time) Zone() (name string, offset int) { return t.loc.zone() }

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func (t Time) UTC() Time   { t.setLoc(&utcLoc); return t }
func (t Time) Local() Time { t.setLoc(Local); return t }
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

func (t Time) Unix() int64      { return t.unixSec() }
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + int64(t.nsec())/1e6 }
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + int64(t.nsec())/1e3 }
func (t Time) UnixNano() int64  { return t.unixSec()*1e9 + int64(t.nsec()) }

func (t Time) IsZero() bool { return t.sec() == 0 && t.nsec() == 0 }

func (t Time) After(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext > u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts > us || ts == us && t.nsec() > u.nsec()
}

func (t Time) Before(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext < u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts < us || ts == us && t.nsec() < u.nsec()
}

func (t Time) Equal(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext == u.ext
	}
	return t.sec() == u.sec() && t.nsec() == u.nsec()
}

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec() + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall = t.wall&^nsecMask | uint64(nsec)
	t.addSec(dsec)
	if t.wall&hasMonotonic != 0 {
		te := t.ext + int64(d)
		if d < 0 && te > t.ext || d > 0 && te < t.ext {
			t.stripMono() // the monotonic reading overflowed
		} else {
			t.ext = te
		}
	}
	return t
}

// Sub returns t-u, saturated to the Duration range.
func (t Time) Sub(u Time) Duration {
	if t.wall&u.wall&hasMonotonic != 0 {
		d := Duration(t.ext - u.ext)
		if d < 0 && t.ext > u.ext {
			return maxDuration
		}
		if d > 0 && t.ext < u.ext {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	if u.Add(d).Equal(t) {
		return d
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
}

func Now() Time // runtime/stdmisc.c: the wall clock, a monotonic reading, Local

func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		q, r := floorDiv(nsec, 1e9)
		sec, nsec = sec+q, r
	}
	return unixTime(sec, int32(nsec))
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Date returns the time of the given calendar fields in loc; out-of-range fields are
// normalised (October 32 is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFrom(int64(year), m+1, int64(day))
	unix := days*secondsPerDay + int64(hour*3600+min*60+sec)
	_, offset := loc.zone()
	t := unixTime(unix-int64(offset), int32(nsec))
	t.setLoc(loc)
	return t
}

func norm(hi, lo, base int) (int, int) {
	q, r := floorDiv(int64(lo), int64(base))
	return hi + int(q), int(r)
}

// rem returns t's nanoseconds since 0001-01-01 modulo d (d > 0), floored.
func rem(t Time, d Duration) Duration {
	m := uint64(d)
	_, s := floorDiv(t.sec(), int64(d))
	r := mulmod(uint64(s), uint64(1e9)%m, m)
	return Duration((r + uint64(t.nsec())%m) % m)
}

// mulmod: a*b mod m for a, b < m < 1<<63, by doubling.
func mulmod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-rem(t, d))
}

func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := rem(t, d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// ---- timers: the scheduler's (runtime/timer.c) ----

func Sleep(d Duration)
func After(d Duration) <-chan Time

// r is the runtime's timer record.
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

// ---- runtime/stdmisc.c ----

// localZone: the local zone's abbreviation when it is UTC (every zone type of its TZif file
// at offset 0; no file: "UTC"), else a description of it for the error and false.
func localZone() (name string, desc string, ok bool)

// registerLocal tells the runtime Local's address (Now's and the timers' Times carry it) and
// starts the monotonic clock; it runs when the package initializes. (A variable, not an
// init function: a prelude package's init() would clash with the package initializer's
// symbol, time.init.)
func registerLocal(l *Location) bool

var localRegistered = registerLocal(&localLoc)
