// time_format.go — the second file of gosub's own package time (see time.go, which names it
// with a //gosub:file line): Format and AppendFormat with every layout element of Go 1.19,
// Parse and ParseInLocation with Go's *ParseError texts, ParseDuration with Go's error texts.
//
// Example: Date(2009, November, 10, 23, 0, 0, 0, UTC).Format(RFC3339) walks the layout
// "2006-01-02T15:04:05Z07:00" element by element (year, "-", month, ...) and prints
// "2009-11-10T23:00:00Z"; Parse runs the same walk over the value.
package time

import "errors"

// ---- Format ----

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// Layout elements. A fraction element carries its digit count in bits 16.. and a comma
// separator in bit 24.
const (
	elNone = iota
	elLongMonth
	elMonth
	elNumMonth
	elZeroMonth
	elLongWeekDay
	elWeekDay
	elDay
	elUnderDay
	elZeroDay
	elUnderYearDay
	elZeroYearDay
	elHour
	elHour12
	elZeroHour12
	elMinute
	elZeroMinute
	elSecond
	elZeroSecond
	elLongYear
	elYear
	elPM
	elpm
	elTZ
	elISO8601TZ
	elISO8601SecondsTZ
	elISO8601ShortTZ
	elISO8601ColonTZ
	elISO8601ColonSecondsTZ
	elNumTZ
	elNumSecondsTZ
	elNumShortTZ
	elNumColonTZ
	elNumColonSecondsTZ
	elFrac0
	elFrac9

	elMask  = 0xffff
	elComma = 1 << 24
)

func hasPrefixAt(s string, i int, p string) bool {
	return len(s) >= i+len(p) && s[i:i+len(p)] == p
}

func lowerAt(s string, i int) bool { return i < len(s) && 'a' <= s[i] && s[i] <= 'z' }

func digitAt(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }

// nextElem finds the first layout element of layout: the text before it, the element and
// the text after it (elNone and "" when there is none).
func nextElem(layout string) (prefix string, el int, suffix string) {
	for i := 0; i < len(layout); i++ {
		el, n := elemAt(layout, i)
		if el != elNone {
			return layout[:i], el, layout[i+n:]
		}
	}
	return layout, elNone, ""
}

// elemAt: the element starting at layout[i] and its length, or elNone.
func elemAt(l string, i int) (int, int) {
	switch l[i] {
	case 'J':
		if hasPrefixAt(l, i, "January") {
			return elLongMonth, 7
		}
		if hasPrefixAt(l, i, "Jan") && !lowerAt(l, i+3) {
			return elMonth, 3
		}
	case 'M':
		if hasPrefixAt(l, i, "Monday") {
			return elLongWeekDay, 6
		}
		if hasPrefixAt(l, i, "Mon") && !lowerAt(l, i+3) {
			return elWeekDay, 3
		}
		if hasPrefixAt(l, i, "MST") {
			return elTZ, 3
		}
	case '0':
		if i+1 < len(l) && '1' <= l[i+1] && l[i+1] <= '6' {
			return []int{elZeroMonth, elZeroDay, elZeroHour12, elZeroMinute, elZeroSecond, elYear}[l[i+1]-'1'], 2
		}
		if hasPrefixAt(l, i, "002") {
			return elZeroYearDay, 3
		}
	case '1':
		if hasPrefixAt(l, i, "15") {
			return elHour, 2
		}
		return elNumMonth, 1
	case '2':
		if hasPrefixAt(l, i, "2006") {
			return elLongYear, 4
		}
		return elDay, 1
	case '_':
		if hasPrefixAt(l, i, "_2") && !hasPrefixAt(l, i, "_2006") {
			return elUnderDay, 2
		}
		if hasPrefixAt(l, i, "__2") {
			return elUnderYearDay, 3
		}
		// "_2006" is a literal '_' followed by the year: found at i+1
	case '3':
		return elHour12, 1
	case '4':
		return elMinute, 1
	case '5':
		return elSecond, 1
	case 'P':
		if hasPrefixAt(l, i, "PM") {
			return elPM, 2
		}
	case 'p':
		if hasPrefixAt(l, i, "pm") {
			return elpm, 2
		}
	case '-':
		for _, z := range [...]struct {
			s  string
			el int
		}{{"-070000", elNumSecondsTZ}, {"-07:00:00", elNumColonSecondsTZ}, {"-0700", elNumTZ},
			{"-07:00", elNumColonTZ}, {"-07", elNumShortTZ}} {
			if hasPrefixAt(l, i, z.s) {
				return z.el, len(z.s)
			}
		}
	case 'Z':
		for _, z := range [...]struct {
			s  string
			el int
		}{{"Z070000", elISO8601SecondsTZ}, {"Z07:00:00", elISO8601ColonSecondsTZ},
			{"Z0700", elISO8601TZ}, {"Z07:00", elISO8601ColonTZ}, {"Z07", elISO8601ShortTZ}} {
			if hasPrefixAt(l, i, z.s) {
				return z.el, len(z.s)
			}
		}
	case '.', ',':
		if i+1 < len(l) && (l[i+1] == '0' || l[i+1] == '9') {
			j := i + 1
			for j < len(l) && l[j] == l[i+1] {
				j++
			}
			if !digitAt(l, j) { // a fraction is a run of one digit not followed by others
				el := elFrac0
				if l[i+1] == '9' {
					el = elFrac9
				}
				el |= (j - i - 1) << 16
				if l[i] == ',' {
					el |= elComma
				}
				return el, j - i
			}
		}
	}
	return elNone, 0
}

func fracDigits(el int) int { return el >> 16 & 0xff }

func fracSep(el int) byte {
	if el&elComma != 0 {
		return ','
	}
	return '.'
}

// appendInt appends x in decimal, zero-padded to width digits (after any '-').
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendFrac appends the fraction element el of nsec: its digits, trailing zeros dropped
// (and the separator too if nothing is left) for the .999 form.
func appendFrac(b []byte, nsec int, el int) []byte {
	n := fracDigits(el)
	if n > 9 {
		n = 9
	}
	var digits [9]byte
	for i := 8; i >= 0; i-- {
		digits[i] = byte('0' + nsec%10)
		nsec /= 10
	}
	if el&elMask == elFrac9 {
		for n > 0 && digits[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, fracSep(el))
	return append(b, digits[:n]...)
}

func (t Time) Format(layout string) string {
	var buf [64]byte
	return string(t.AppendFormat(buf[:0], layout))
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset, local := t.locabs()
	days, secs := floorDiv(local, secondsPerDay)
	year, month, day := civil(days)
	yday := int(days-daysFrom(int64(year), 1, 1)) + 1
	hour, min, sec := int(secs/3600), int(secs%3600/60), int(secs%60)
	for layout != "" {
		prefix, el, suffix := nextElem(layout)
		b = append(b, prefix...)
		if el == elNone {
			break
		}
		layout = suffix
		switch el & elMask {
		case elYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elLongYear:
			b = appendInt(b, year, 4)
		case elMonth:
			b = append(b, month.String()[:3]...)
		case elLongMonth:
			b = append(b, month.String()...)
		case elNumMonth:
			b = appendInt(b, int(month), 0)
		case elZeroMonth:
			b = appendInt(b, int(month), 2)
		case elWeekDay:
			b = append(b, localWeekday(local).String()[:3]...)
		case elLongWeekDay:
			b = append(b, localWeekday(local).String()...)
		case elDay:
			b = appendInt(b, day, 0)
		case elUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elZeroDay:
			b = appendInt(b, day, 2)
		case elUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
			}
			if yday < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, yday, 0)
		case elZeroYearDay:
			b = appendInt(b, yday, 3)
		case elHour:
			b = appendInt(b, hour, 2)
		case elHour12, elZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12 // noon is 12PM, midnight 12AM
			}
			w := 0
			if el == elZeroHour12 {
				w = 2
			}
			b = appendInt(b, h, w)
		case elMinute:
			b = appendInt(b, min, 0)
		case elZeroMinute:
			b = appendInt(b, min, 2)
		case elSecond:
			b = appendInt(b, sec, 0)
		case elZeroSecond:
			b = appendInt(b, sec, 2)
		case elPM, elpm:
			s := "AMPMampm"[:]
			if el == elpm {
				s = s[4:]
			}
			if hour >= 12 {
				s = s[2:]
			}
			b = append(b, s[:2]...)
		case elTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			b = appendOffset(b, offset, false, true, false)
		case elFrac0, elFrac9:
			b = appendFrac(b, int(t.nsec()), el)
		default: // the numeric zones
			iso := el >= elISO8601TZ && el <= elISO8601ColonSecondsTZ
			if iso && offset == 0 {
				b = append(b, 'Z')
				break
			}
			colon := el == elISO8601ColonTZ || el == elISO8601ColonSecondsTZ ||
				el == elNumColonTZ || el == elNumColonSecondsTZ
			mins := el != elISO8601ShortTZ && el != elNumShortTZ
			secs := el == elISO8601SecondsTZ || el == elISO8601ColonSecondsTZ ||
				el == elNumSecondsTZ || el == elNumColonSecondsTZ
			b = appendOffset(b, offset, colon, mins, false)
			if secs {
				if colon {
					b = append(b, ':')
				}
				s := offset
				if s < 0 {
					s = -s
				}
				b = appendInt(b, s%60, 2)
			}
		}
	}
	return b
}

// appendOffset appends ±hh[:][mm] of a zone offset in seconds (seconds dropped).
func appendOffset(b []byte, offset int, colon, mins, _ bool) []byte {
	zone := offset / 60
	if zone < 0 {
		b = append(b, '-')
		zone = -zone
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, zone/60, 2)
	if colon {
		b = append(b, ':')
	}
	if mins {
		b = appendInt(b, zone%60, 2)
	}
	return b
}

// String: the "2006-01-02 15:04:05.999999999 -0700 MST" layout, then " m=±s.nnnnnnnnn" when
// t carries a monotonic clock reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.wall&hasMonotonic == 0 {
		return s
	}
	m := uint64(t.ext)
	sign := byte('+')
	if t.ext < 0 {
		sign = '-'
		m = -m
	}
	secs, ns := m/1e9, m%1e9
	hi, lo := secs/1e9, secs%1e9
	b := append([]byte(" m="), sign)
	w := 0
	if hi != 0 {
		b = appendInt(b, int(hi), 0)
		w = 9
	}
	b = appendInt(b, int(lo), w)
	b = append(b, '.')
	b = appendInt(b, int(ns), 9)
	return s + string(b)
}

// GoString (%#v): the Date call that makes t, "time.Date(2009, time.November, 10, 23, 0, 0,
// 0, time.UTC)"; a location other than UTC and Local as time.Location("name").
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := appendInt([]byte("time.Date("), year, 0)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, month.String()...)
	} else {
		b = appendInt(b, int(month), 0) // (no separator: as Go prints it)
	}
	for _, v := range [...]int{day, hour, min, sec, int(t.nsec())} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("+quote(loc.name)+")"...)
	}
	return string(append(b, ')'))
}

// ---- Parse ----

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// quote: s in double quotes, '"' and '\\' escaped, every byte of a non-ASCII or control
// character as \xNN (an invalid byte alone, U+FFFD as its three bytes).
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := []byte{'"'}
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			w := len(string(c))
			if c == 0xFFFD && !hasPrefixAt(s, i, "\uFFFD") {
				w = 1
			}
			for j := 0; j < w; j++ {
				b = append(b, '\\', 'x', hex[s[i+j]>>4], hex[s[i+j]&15])
			}
			continue
		}
		if c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, byte(c))
	}
	return string(append(b, '"'))
}

var errBad = errors.New("bad value for field") // never shown to the user

// getnum reads one or two digits (two when fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !digitAt(s, 0) {
		return 0, s, errBad
	}
	if !digitAt(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 reads one to three digits (three when fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && digitAt(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

// skip consumes prefix from value; a run of spaces in prefix matches any run of spaces.
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			for len(prefix) > 0 && prefix[0] == ' ' {
				prefix = prefix[1:]
			}
			for len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix, value = prefix[1:], value[1:]
	}
	return value, nil
}

// lookup matches a name of tab at the start of val, ASCII letters case-insensitively.
func lookup(tab []string, val string) (int, string, error) {
	for i, name := range tab {
		if len(val) >= len(name) && foldEqual(val[:len(name)], name) {
			return i, val[len(name):], nil
		}
	}
	return -1, val, errBad
}

func foldEqual(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x != y {
			x |= 0x20
			y |= 0x20
			if x != y || x < 'a' || x > 'z' {
				return false
			}
		}
	}
	return true
}

var errLeadingInt = errors.New("time: bad [0-9]*") // never shown to the user

// leadingInt reads the leading decimal digits of s (at most 1<<63).
func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, "", errLeadingInt
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", errLeadingInt
		}
	}
	return x, s[i:], nil
}

// atoi: an optionally signed decimal that must be all of s.
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, rem, err := leadingInt(s)
	if err != nil || rem != "" {
		return 0, errBad
	}
	if neg {
		return -int(q), nil
	}
	return int(q), nil
}

func commaOrPeriod(c byte) bool { return c == '.' || c == ',' }

// parseNanoseconds reads value[:n], a separator and digits, as nanoseconds.
func parseNanoseconds(value string, n int) (ns int, rangeErr string, err error) {
	if !commaOrPeriod(value[0]) {
		return 0, "", errBad
	}
	if n > 10 {
		value, n = value[:10], 10
	}
	if ns, err = atoi(value[1:n]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// zoneNameLen: the length of a zone abbreviation at the start of value, Go's heuristics:
// ChST/MeST, GMT with an optional ±hh, ±hh, three upper-case letters, or four or five
// ending in T (and WITA).
func zoneNameLen(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if hasPrefixAt(value, 0, "ChST") || hasPrefixAt(value, 0, "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + signedOffsetLen(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedOffsetLen(value)
		return n, n > 0
	}
	n := 0
	for n < 6 && n < len(value) && 'A' <= value[n] && value[n] <= 'Z' {
		n++
	}
	switch n {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// signedOffsetLen: the length of ±N (N <= 23) at the start of value, 0 if none.
func signedOffsetLen(value string) int {
	if value == "" || value[0] != '+' && value[0] != '-' {
		return 0
	}
	x, rem, err := leadingInt(value[1:])
	if err != nil || len(rem) == len(value)-1 || x > 23 {
		return 0
	}
	return len(value) - len(rem)
}

// Parse parses value by layout; without a zone in value the result is UTC.
func Parse(layout, value string) (Time, error) { return parse(layout, value, UTC, Local) }

// ParseInLocation is Parse with loc for times without a zone and for matching zones.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

var daysBefore = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func parse(layout, value string, defLoc, local *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErr := ""
	amSet, pmSet := false, false
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var z *Location
	zoneOffset, zoneName := -1, ""
	for {
		prefix, el, suffix := nextElem(layout)
		elstr := layout[len(prefix) : len(layout)-len(suffix)]
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if el == elNone {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		var p string
		switch el & elMask {
		case elYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			hold := value
			p, value = value[:2], value[2:]
			year, err = atoi(p)
			if err != nil {
				value = hold
			} else if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case elLongYear:
			if len(value) < 4 || !digitAt(value, 0) {
				err = errBad
				break
			}
			p, value = value[:4], value[4:]
			year, err = atoi(p)
		case elMonth:
			month, value, err = lookup(shortMonthNames, value)
			month++
		case elLongMonth:
			month, value, err = lookup(longMonthNames, value)
			month++
		case elNumMonth, elZeroMonth:
			month, value, err = getnum(value, el == elZeroMonth)
			if err == nil && (month <= 0 || month > 12) {
				rangeErr = "month"
			}
		case elWeekDay:
			_, value, err = lookup(shortDayNames, value) // checked, then ignored
		case elLongWeekDay:
			_, value, err = lookup(longDayNames, value)
		case elDay, elUnderDay, elZeroDay:
			if el == elUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = getnum(value, el == elZeroDay)
		case elUnderYearDay, elZeroYearDay:
			for i := 0; i < 2; i++ {
				if el == elUnderYearDay && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, el == elZeroYearDay)
		case elHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || hour >= 24 {
				rangeErr = "hour"
			}
		case elHour12, elZeroHour12:
			hour, value, err = getnum(value, el == elZeroHour12)
			if hour < 0 || hour > 12 {
				rangeErr = "hour"
			}
		case elMinute, elZeroMinute:
			min, value, err = getnum(value, el == elZeroMinute)
			if min < 0 || min >= 60 {
				rangeErr = "minute"
			}
		case elSecond, elZeroSecond:
			sec, value, err = getnum(value, el == elZeroSecond)
			if sec < 0 || sec >= 60 {
				rangeErr = "second"
				break
			}
			// a fraction in value that the layout does not have right here
			if len(value) >= 2 && commaOrPeriod(value[0]) && digitAt(value, 1) {
				_, next, _ := nextElem(layout)
				if next&elMask == elFrac0 || next&elMask == elFrac9 {
					break
				}
				n := 2
				for n < len(value) && digitAt(value, n) {
					n++
				}
				nsec, rangeErr, err = parseNanoseconds(value, n)
				value = value[n:]
			}
		case elPM, elpm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[:2], value[2:]
			am, pm := "AM", "PM"
			if el == elpm {
				am, pm = "am", "pm"
			}
			switch p {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				err = errBad
			}
		case elTZ:
			if hasPrefixAt(value, 0, "UTC") {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := zoneNameLen(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case elFrac0:
			n := 1 + fracDigits(el)
			if len(value) < n {
				err = errBad
				break
			}
			nsec, rangeErr, err = parseNanoseconds(value, n)
			value = value[n:]
		case elFrac9:
			if len(value) < 2 || !commaOrPeriod(value[0]) || !digitAt(value, 1) {
				break // the fraction is optional
			}
			i := 0
			for i < 9 && digitAt(value, i+1) {
				i++
			}
			nsec, rangeErr, err = parseNanoseconds(value, 1+i)
			value = value[1+i:]
		default: // the numeric zones
			if (el == elISO8601TZ || el == elISO8601ShortTZ || el == elISO8601ColonTZ) &&
				len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			zoneOffset, value, err = parseOffset(el, value)
		}
		if rangeErr != "" {
			return Time{}, &ParseError{alayout, avalue, elstr, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, elstr, value, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		m, d := 0, 0
		if isLeap(year) {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if daysBefore[m] < yday {
				m++
			}
			d = yday - daysBefore[m-1]
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}

	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.addSec(-int64(zoneOffset))
		// the local zone, when it has this offset (and name)
		if l := local.get(); l.bad == "" && l.offset == zoneOffset && (zoneName == "" || l.zname == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if l := local.get(); l.bad == "" && l.zname == zoneName {
			t.addSec(-int64(l.offset))
			t.setLoc(local)
			return t, nil
		}
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defLoc), nil
}

// parseOffset reads the numeric zone element el at the start of value: the offset in
// seconds east of UTC and the rest of value.
func parseOffset(el int, value string) (int, string, error) {
	var sign, hh, mm, ss string
	switch el {
	case elISO8601ColonTZ, elNumColonTZ:
		if len(value) < 6 || value[3] != ':' {
			return -1, value, errBad
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[4:6], "00", value[6:]
	case elNumShortTZ, elISO8601ShortTZ:
		if len(value) < 3 {
			return -1, value, errBad
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], "00", "00", value[3:]
	case elISO8601ColonSecondsTZ, elNumColonSecondsTZ:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return -1, value, errBad
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[4:6], value[7:9], value[9:]
	case elISO8601SecondsTZ, elNumSecondsTZ:
		if len(value) < 7 {
			return -1, value, errBad
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[3:5], value[5:7], value[7:]
	default:
		if len(value) < 5 {
			return -1, value, errBad
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[3:5], "00", value[5:]
	}
	h, err := atoi(hh)
	m, s := 0, 0
	if err == nil {
		m, err = atoi(mm)
	}
	if err == nil {
		s, err = atoi(ss)
	}
	off := (h*60+m)*60 + s
	switch sign[0] {
	case '+':
	case '-':
		off = -off
	default:
		err = errBad
	}
	return off, value, err
}

// ---- ParseDuration ----

// leadingFraction reads the digits after a decimal point: their value (until it would
// overflow) and the matching power of ten.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

func unitOf(u string) (uint64, bool) {
	switch u {
	case "ns":
		return uint64(Nanosecond), true
	case "us", "µs", "μs": // U+00B5 micro sign, U+03BC Greek mu
		return uint64(Microsecond), true
	case "ms":
		return uint64(Millisecond), true
	case "s":
		return uint64(Second), true
	case "m":
		return uint64(Minute), true
	case "h":
		return uint64(Hour), true
	}
	return 0, false
}

// ParseDuration parses a signed sequence of decimal numbers with units: "300ms", "-1.5h",
// "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	var d uint64
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, invalid
		}
		n := len(s)
		v, rest, err := leadingInt(s)
		if err != nil {
			return 0, invalid
		}
		s = rest
		pre := n != len(s)
		var f uint64
		scale := 1.0
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			n := len(s)
			f, scale, s = leadingFraction(s)
			post = n != len(s)
		}
		if !pre && !post {
			return 0, invalid
		}
		i := 0
		for i < len(s) && s[i] != '.' && (s[i] < '0' || s[i] > '9') {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitOf(u)
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, invalid
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		d += v
		if d > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, invalid
	}
	return Duration(d), nil
}

