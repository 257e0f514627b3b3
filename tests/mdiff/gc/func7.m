./func7.go:20:8: "BUG: func7 - called g before f" escapes to heap
./func7.go:28:8: "wrong answer" escapes to heap
