./armimm.go:121:20: fmt.Sprintf("add32a(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:121:20: ... argument does not escape
./armimm.go:121:21: a escapes to heap
./armimm.go:121:21: got escapes to heap
./armimm.go:121:21: want escapes to heap
./armimm.go:124:20: fmt.Sprintf("add32s(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:124:20: ... argument does not escape
./armimm.go:124:21: a escapes to heap
./armimm.go:124:21: got escapes to heap
./armimm.go:124:21: want escapes to heap
./armimm.go:127:20: fmt.Sprintf("sub32a(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:127:20: ... argument does not escape
./armimm.go:127:21: a escapes to heap
./armimm.go:127:21: got escapes to heap
./armimm.go:127:21: want escapes to heap
./armimm.go:130:20: fmt.Sprintf("sub32s(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:130:20: ... argument does not escape
./armimm.go:130:21: a escapes to heap
./armimm.go:130:21: got escapes to heap
./armimm.go:130:21: want escapes to heap
./armimm.go:133:20: fmt.Sprintf("or32(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:133:20: ... argument does not escape
./armimm.go:133:21: a escapes to heap
./armimm.go:133:21: got escapes to heap
./armimm.go:133:21: want escapes to heap
./armimm.go:136:20: fmt.Sprintf("xor32(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:136:20: ... argument does not escape
./armimm.go:136:21: a escapes to heap
./armimm.go:136:21: got escapes to heap
./armimm.go:136:21: want escapes to heap
./armimm.go:139:20: fmt.Sprintf("subr32a(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:139:20: ... argument does not escape
./armimm.go:139:21: a escapes to heap
./armimm.go:139:21: got escapes to heap
./armimm.go:139:21: want escapes to heap
./armimm.go:142:20: fmt.Sprintf("subr32s(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:142:20: ... argument does not escape
./armimm.go:142:21: a escapes to heap
./armimm.go:142:21: got escapes to heap
./armimm.go:142:21: want escapes to heap
./armimm.go:145:20: fmt.Sprintf("bic32(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:145:20: ... argument does not escape
./armimm.go:145:21: a escapes to heap
./armimm.go:145:21: got escapes to heap
./armimm.go:145:21: want escapes to heap
./armimm.go:153:20: fmt.Sprintf("add64a(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:153:20: ... argument does not escape
./armimm.go:153:21: a escapes to heap
./armimm.go:153:21: got escapes to heap
./armimm.go:153:21: want escapes to heap
./armimm.go:156:20: fmt.Sprintf("add64s(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:156:20: ... argument does not escape
./armimm.go:156:21: a escapes to heap
./armimm.go:156:21: got escapes to heap
./armimm.go:156:21: want escapes to heap
./armimm.go:159:20: fmt.Sprintf("sub64a(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:159:20: ... argument does not escape
./armimm.go:159:21: a escapes to heap
./armimm.go:159:21: got escapes to heap
./armimm.go:159:21: want escapes to heap
./armimm.go:162:20: fmt.Sprintf("sub64s(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:162:20: ... argument does not escape
./armimm.go:162:21: a escapes to heap
./armimm.go:162:21: got escapes to heap
./armimm.go:162:21: want escapes to heap
./armimm.go:165:20: fmt.Sprintf("or64(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:165:20: ... argument does not escape
./armimm.go:165:21: a escapes to heap
./armimm.go:165:21: got escapes to heap
./armimm.go:165:21: want escapes to heap
./armimm.go:168:20: fmt.Sprintf("xor64(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:168:20: ... argument does not escape
./armimm.go:168:21: a escapes to heap
./armimm.go:168:21: got escapes to heap
./armimm.go:168:21: want escapes to heap
./armimm.go:171:20: fmt.Sprintf("subr64a(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:171:20: ... argument does not escape
./armimm.go:171:21: a escapes to heap
./armimm.go:171:21: got escapes to heap
./armimm.go:171:21: want escapes to heap
./armimm.go:174:20: fmt.Sprintf("subr64s(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:174:20: ... argument does not escape
./armimm.go:174:21: a escapes to heap
./armimm.go:174:21: got escapes to heap
./armimm.go:174:21: want escapes to heap
./armimm.go:177:20: fmt.Sprintf("bic64(%x) = %x, want %x", ... argument...) escapes to heap
./armimm.go:177:20: ... argument does not escape
./armimm.go:177:21: a escapes to heap
./armimm.go:177:21: got escapes to heap
./armimm.go:177:21: want escapes to heap
