./s_sif_sif.go:35:13: ... argument does not escape
./s_sif_sif.go:35:14: x escapes to heap
