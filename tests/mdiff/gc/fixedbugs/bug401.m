./bug401.go:30:8: "not-inlined complex call failed" escapes to heap
./bug401.go:36:8: "potentially inlined complex call failed" escapes to heap
./bug401.go:40:2: t escapes to heap
./bug401.go:42:8: "potentially inlined complex call failed" escapes to heap
