./02_data_segment.go:17:12: ... argument does not escape
./02_data_segment.go:17:13: applicationName escapes to heap
./02_data_segment.go:17:13: globalCounter escapes to heap
./02_data_segment.go:17:13: globalMessage escapes to heap
