package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	loads  int
)

func loadConfig() {
	loads++
	config = map[string]string{"env": "test", "level": "debug"}
}

func get(key string) string {
	once.Do(loadConfig)
	return config[key]
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				results[i] = get("env")
			} else {
				results[i] = get("level")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("loads:", loads)
	var o2 sync.Once
	for i := 0; i < 3; i++ {
		o2.Do(func() { fmt.Println("printed once, i =", i) })
	}
}
