./bug406.go:14:7: a does not escape
./bug406.go:25:2: true && matrix.equal(a) does not escape
