./convT64_criteria.go:24:13: ... argument does not escape
./convT64_criteria.go:24:13: p0 escapes to heap
