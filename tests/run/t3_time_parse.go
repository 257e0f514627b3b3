package main

import (
	"errors"
	"fmt"
	"time"
)

func try(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		var pe *time.ParseError
		fmt.Println("error:", err, errors.As(err, &pe))
		if pe != nil {
			fmt.Printf("  %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
		return
	}
	name, off := t.Zone()
	fmt.Println(t, "|", t.Location(), name, off, t.Unix(), t.Nanosecond())
}

func main() {
	try(time.RFC3339, "2006-01-02T15:04:05Z")
	try(time.RFC3339, "2006-01-02T15:04:05+07:00")
	try(time.RFC3339, "2006-01-02T15:04:05-00:00")
	try(time.RFC3339, "2006-01-02T15:04:05.123456789Z")
	try(time.RFC3339Nano, "2013-06-05T14:10:43.678Z")
	try(time.RFC3339Nano, "2013-06-05T14:10:43Z")
	try(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST")
	try(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC")
	try(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3")
	try(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 ChST")
	try(time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700")
	try(time.RFC850, "Monday, 02-Jan-06 15:04:05 PST")
	try(time.RFC822, "02 Jan 70 15:04 EST")
	try(time.ANSIC, "Mon Jan  2 15:04:05 2006")
	try(time.UnixDate, "Thu Feb  4 21:00:57 PST 2010")
	try(time.RubyDate, "Thu Feb 04 21:00:57 -0800 2010")
	try(time.Kitchen, "3:04PM")
	try(time.Kitchen, "12:00AM")
	try(time.Kitchen, "12:30pm")
	try(time.StampMicro, "Feb  3 04:05:06.000007")
	try("2006-01-02 15:04:05", "2019-03-04 05:06:07.891")
	try("2006-01-02 15:04:05", "2019-03-04 05:06:07,5")
	try("2006-01-02 15:04:05.000", "2019-03-04 05:06:07.891")
	try("2006-01-02", "2020-02-29")
	try("02 Jan 2006", "02 jan 2006")
	try("January 2, 2006", "MARCH 9, 2024")
	try("2006 002", "2024 060")
	try("2006 __2", "2023  32")
	try("2006-01-02 002", "2024-03-01 061")
	try("Z0700", "+0530")
	try("-07:00:00", "+05:30:15")
	try("2006   01", "2006 01")
	try("06", "68")
	try("06", "69")
	try("Mon Jan 2", "Fri Mar 13")

	// errors
	try(time.RFC3339, "2006-13-02T15:04:05Z")
	try(time.RFC3339, "2006-01-32T15:04:05Z")
	try(time.RFC3339, "2006-02-30T15:04:05Z")
	try(time.RFC3339, "2006-01-02T25:04:05Z")
	try(time.RFC3339, "2006-01-02T15:64:05Z")
	try(time.RFC3339, "2006-01-02T15:04:65Z")
	try(time.RFC3339, "2006-01-02 15:04:05Z")
	try(time.RFC3339, "2006-01-02T15:04:05")
	try(time.RFC3339, "2006-01-02T15:04:05Zjunk")
	try(time.RFC3339, "06-01-02")
	try(time.RFC3339, "")
	try(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 mst")
	try(time.Kitchen, "13:04PM")
	try(time.Kitchen, "3:04XM")
	try("Mon", "Xyz")
	try("2006 002", "2023 366")
	try("2006 002", "2023 000")
	try("2006-01 002", "2024-02 061")
	try("2006-01-02 002", "2024-03-02 061")
	try("15:04:05.000", "10:11:12.34")
	try("15:04:05.000", "10:11:12,3x4")
	try("2006-01-02", "2006-1-02")
	try("\"2006\"", "\"20\xff6\"")
	try("2006 MST", "2006 \u00e9\u00e9\u00e9")
	try("2006-01-02", "2006-01-02\t\\\"tab\"")
	try("-0700", "+07x0")
	try("-0700", "*0700")

	t, err := time.ParseInLocation("2006-01-02 15:04", "2017-05-06 07:08", time.FixedZone("ABC", 3600))
	fmt.Println(t, err, t.UTC())
	t, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2017-05-06 07:08 +0100", time.FixedZone("ABC", 3600))
	fmt.Println(t, err, t.Location())
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2017-05-06 07:08 ABC", time.FixedZone("ABC", 3600))
	fmt.Println(t, err, t.Location())
	t, err = time.ParseInLocation("2006-01-02 15:04", "2017-05-06 07:08", time.UTC)
	fmt.Println(t, err, t.Location())

	// round trips
	ref := time.Date(2031, 10, 9, 8, 7, 6, 543210000, time.FixedZone("", -9000))
	for _, l := range []string{time.RFC3339Nano, time.RFC1123Z, time.RubyDate, "2006-01-02T15:04:05.000000-07:00:00"} {
		s := ref.Format(l)
		back, err := time.Parse(l, s)
		fmt.Println(s, back, err, back.Equal(ref))
	}

	// ParseDuration
	for _, s := range []string{"0", "+0", "-0", "1ns", "1.5h", "-1.5h", "2h45m30.5s", "300ms",
		"1us", "1µs", "1μs", ".5s", "5.s", "1h1h", "9223372036854775807ns", "-9223372036854775808ns",
		"0.1234567890123456789s", "1.00000000000000000000001s", "3000000h", "",
		"-", "+", "1", "1x", "x1s", ".s", "1..5s", "1.5", "9223372036854775808ns",
		"9223372036854775807.5ns", "-9223372036854775809ns", "100000000000000000000h", "1s ",
		"1 s", "1e3s", "1\xffs", "ns", "1ms2"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q -> %v %d %v\n", s, d, int64(d), err)
	}
}
