./rob2.go:37:7: leaking param: this to result ~r0 level=1
./rob2.go:41:7: leaking param: this to result ~r0 level=1
./rob2.go:45:7: leaking param: this to result ~r0 level=1
./rob2.go:49:7: this does not escape
./rob2.go:53:7: slist does not escape
./rob2.go:180:9: "atom too long\n" escapes to heap
./rob2.go:195:8: "parse" escapes to heap
./rob2.go:225:13: new(Slist) escapes to heap
./rob2.go:230:26: string(tokenbuf[0:tokenlen]) escapes to heap
./rob2.go:204:13: new(Slist) escapes to heap
./rob2.go:216:23: new(Slist) escapes to heap
./rob2.go:97:7: leaking param: slist to result ~r0 level=1
./rob2.go:106:19: ... argument does not escape
./rob2.go:106:39: (*Slist).Integer(slist) escapes to heap
./rob2.go:124:7: leaking param: slist to result ~r0 level=1
./rob2.go:91:10: r escapes to heap
