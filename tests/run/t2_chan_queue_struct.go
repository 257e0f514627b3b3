package main

import "fmt"

type Job struct {
	ID   int
	Cost float64
}

type Result struct {
	JobID int
	Out   string
}

func main() {
	jobs := make(chan Job, 8)
	results := make(chan Result, 8)
	for i := 1; i <= 5; i++ {
		jobs <- Job{i, float64(i) * 1.5}
	}
	close(jobs)
	for j := range jobs {
		results <- Result{j.ID, fmt.Sprintf("job %d cost %.2f", j.ID, j.Cost)}
	}
	close(results)
	total := 0
	for r := range results {
		fmt.Println(r.Out)
		total += r.JobID
	}
	fmt.Println("total", total)
	ptrs := make(chan *Job, 1)
	ptrs <- &Job{ID: 99}
	p := <-ptrs
	p.Cost = 2
	fmt.Println(*p)
	chans := make(chan chan int, 1)
	inner := make(chan int, 1)
	chans <- inner
	(<-chans) <- 5
	fmt.Println(<-inner)
}
