./sieve1.go:16:15: ch does not escape
./sieve1.go:24:13: in does not escape
./sieve1.go:24:28: out does not escape
./sieve1.go:33:12: primes does not escape
./sieve1.go:49:12: []int{...} does not escape
./sieve1.go:53:9: "fail" escapes to heap
