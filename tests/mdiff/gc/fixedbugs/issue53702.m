./issue53702.go:11:19: callback does not escape
./issue53702.go:19:7: s does not escape
./issue53702.go:22:10: func literal does not escape
./issue53702.go:34:14: new(Base) does not escape
./issue53702.go:37:8: "FAIL" escapes to heap
