./convF_criteria.go:24:13: ... argument does not escape
./convF_criteria.go:24:13: x escapes to heap
./convF_criteria.go:26:13: ... argument does not escape
./convF_criteria.go:26:13: x2 escapes to heap
