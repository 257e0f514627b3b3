package main

import (
	"fmt"
	"time"
)

func show(t time.Time) {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(t, "|", y, m, d, h, mi, s, t.Nanosecond(), t.Weekday(), t.YearDay(),
		t.Unix(), t.UnixMilli(), t.UnixMicro(), t.IsZero())
}

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	show(t)
	show(time.Time{})
	show(time.Date(2024, time.February, 29, 12, 0, 0, 0, time.UTC))
	show(time.Date(2023, time.October, 32, 25, 61, 61, 1e9+5, time.UTC)) // normalised
	show(time.Date(1969, time.December, 31, 23, 59, 59, 999999999, time.UTC))
	show(time.Date(1600, time.March, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(-44, time.March, 15, 12, 0, 0, 0, time.UTC))
	show(time.Date(12345, time.January, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(2000, 0, 0, 0, 0, 0, 0, time.UTC))
	show(time.Date(2000, 13, -1, -1, -1, -1, -1, time.UTC))
	show(time.Unix(0, 0).UTC())
	show(time.Unix(1700000000, -1).UTC())
	show(time.UnixMilli(-1500).UTC())
	show(time.UnixMicro(1234567890123456).UTC())
	fmt.Println(time.Unix(1257894245, 0).UTC().UnixNano())

	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 7; d++ {
		fmt.Printf("%v %d %s|", d, d, d)
	}
	fmt.Println()

	// arithmetic
	u := t.Add(90 * time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Equal(t.Add(0)))
	fmt.Println(t.Add(-24*time.Hour*365), t.Add(1500*time.Millisecond))
	fmt.Println(t.AddDate(0, 3, 0), t.AddDate(1, -11, 25), t.AddDate(0, 0, -314))
	fmt.Println(time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Time{}.Sub(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Time{}))
	for _, d := range []time.Duration{time.Nanosecond, 7 * time.Millisecond, time.Second,
		time.Minute, 90 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 0, -time.Hour, 3*time.Second + 7} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	old := time.Date(-5, 7, 1, 11, 31, 0, 500, time.UTC)
	fmt.Println(old.Truncate(time.Hour), old.Round(time.Hour), old.Round(17*time.Minute))

	// zones
	est := time.FixedZone("EST", -5*3600)
	te := t.In(est)
	fmt.Println(te, te.Location(), te.Equal(t), te == t)
	name, off := te.Zone()
	fmt.Println(name, off)
	fmt.Println(time.Date(2020, 6, 1, 8, 0, 0, 0, est).UTC())
	odd := time.FixedZone("", 5*3600+30*60+15)
	fmt.Println(t.In(odd), t.In(odd).Location())
	fmt.Println(t.Location(), time.UTC, time.Local, t.Local().Location(), t.UTC() == t)
	fmt.Println(t.Local(), t.Local().Equal(t))
	l := time.Date(2001, 2, 3, 4, 5, 6, 0, time.Local)
	fmt.Println(l, l.Unix())
	for _, d := range []time.Time{t, time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC), time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 29, 0, 0, 0, 0, time.UTC)} {
		y, w := d.ISOWeek()
		fmt.Println(y, w)
	}

	// values in structs, maps, Printf
	type ev struct {
		Name string
		At   time.Time
	}
	evs := []ev{{"a", t}, {"b", t.Add(time.Hour)}}
	fmt.Printf("%v\n%+v\n%s\n", evs[0], evs[1], evs[0].At)
	seen := map[time.Time]int{t: 1, t.Add(0): 2, t.In(est): 3}
	fmt.Println(len(seen), seen[t])
	p := &t
	fmt.Println(p.Year(), *p)

	// Duration methods
	for _, d := range []time.Duration{0, 1, -1, 1500 * time.Millisecond, -90 * time.Minute,
		time.Duration(1<<63 - 1), time.Duration(-1 << 63)} {
		fmt.Println(d, d.Abs(), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(),
			d.Microseconds(), d.Nanoseconds(), d.Round(time.Hour), d.Truncate(time.Second))
	}

	// Now is not printed; its relations are deterministic
	n := time.Now()
	fmt.Println(n.Location(), n.Sub(n), time.Since(n) >= 0, time.Until(n) <= 0, n.After(t),
		n.Round(0) == n.Round(0), n.Equal(n.Round(0)), n.Year() >= 2024)
}
