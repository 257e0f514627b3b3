./bug366.go:13:9: x escapes to heap
