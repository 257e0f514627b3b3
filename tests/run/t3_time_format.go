package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(2006, time.January, 2, 15, 4, 5, 0, time.FixedZone("MST", -7*3600)),
		time.Date(2021, time.July, 4, 0, 7, 9, 120000000, time.FixedZone("", 5*3600+30*60)),
		time.Date(1999, time.December, 31, 12, 0, 0, 1000, time.FixedZone("XYZ", -(3*3600 + 25*60 + 7))),
		time.Date(5, time.May, 6, 7, 8, 9, 10, time.UTC),
		time.Date(-321, time.February, 3, 13, 0, 0, 0, time.UTC),
		time.Date(2024, time.March, 9, 0, 0, 0, 0, time.UTC),
	}
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006 06 01 1 Jan January 02 2 _2 15 3 03 4 04 5 05 PM pm Mon Monday MST",
		"-0700 -07:00 -07 -070000 -07:00:00 Z0700 Z07:00 Z07 Z070000 Z07:00:00",
		".0 .00 .000 .000000 .000000000 .0000000000 | .9 .99 .999 .999999 .999999999",
		",000 ,999 |002| |__2| _2006 2006_2 Janet Monty Mond JanJan 1504 150405",
		"3:04:05pm Jan 2nd, 2006 (day 002 of the year)",
		"no elements here: abc xyz",
		"",
		"05.000.999 5,9 01/02/06",
	}
	for _, t := range times {
		fmt.Println(t)
		for _, l := range layouts {
			fmt.Printf("%q\n", t.Format(l))
		}
	}
	b := []byte("at: ")
	b = times[0].AppendFormat(b, time.Kitchen)
	b = times[1].AppendFormat(b, " "+time.RFC3339)
	fmt.Println(string(b))
	for h := 0; h < 24; h += 5 {
		t := time.Date(2022, 8, 1, h, 30, 0, 0, time.UTC)
		fmt.Println(t.Format("3PM 03pm 15h"), t.Format(time.Kitchen))
	}
	for _, y := range []int{-10000, -1000, -100, -10, -1, 0, 1, 10, 100, 999, 10000} {
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		fmt.Println(t.Format("2006|06|Mon"), t)
	}
	for _, ns := range []int{0, 1, 10, 100000, 120000000, 999999999} {
		t := time.Date(2000, 1, 1, 0, 0, 0, ns, time.UTC)
		fmt.Println(t.Format(".999999999|.000|,999|.9"), t)
	}
	for day := 1; day <= 365; day += 44 {
		t := time.Date(2023, 1, day, 0, 0, 0, 0, time.UTC)
		fmt.Printf("[%s] [%s]\n", t.Format("__2 002 _2 2 Mon Monday"), t.Format("Jan January 1 01"))
	}
	fmt.Println(times[2].String(), times[3].Location(), times[2].Location())
	fmt.Printf("%v|%s|%d\n", time.May, time.Saturday, time.May)
	for _, t := range times {
		fmt.Printf("%#v\n", t)
	}
	fmt.Printf("%#v %#v\n", time.Date(2000, 1, 1, 0, 0, 0, 0, time.Local), []time.Time{{}})
}
