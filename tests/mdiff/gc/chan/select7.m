./select7.go:13:12: c does not escape
./select7.go:17:12: c does not escape
./select7.go:23:12: c does not escape
./select7.go:31:12: leaking param: recv
./select7.go:38:12: leaking param: recv
./select7.go:47:12: leaking param: recv
