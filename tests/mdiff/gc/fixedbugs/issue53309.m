./issue53309.go:28:7: tr does not escape
./issue53309.go:35:9: "output must be *taskResult" escapes to heap
./issue53309.go:40:8: &taskResult{...} does not escape
./issue53309.go:40:20: &taskDefinition{} does not escape
