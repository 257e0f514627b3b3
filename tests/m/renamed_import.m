./renamed_import.go:11:3: ... argument escapes to heap
./renamed_import.go:11:4: "Contains:  " escapes to heap
./renamed_import.go:11:29: strings.Contains("test", "es") escapes to heap
./renamed_import.go:12:3: ... argument escapes to heap
./renamed_import.go:12:4: "Count:     " escapes to heap
./renamed_import.go:12:26: strings.Count("test", "t") escapes to heap
./renamed_import.go:13:3: ... argument escapes to heap
./renamed_import.go:13:4: "Repeat:    " escapes to heap
./renamed_import.go:13:27: strings.Repeat("a", 5) escapes to heap
./renamed_import.go:14:13: ... argument does not escape
./renamed_import.go:14:23: strings.ToUpper("x") escapes to heap
