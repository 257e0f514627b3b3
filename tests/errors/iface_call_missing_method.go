package main

type Reader interface{ Read() string }

func use(r Reader) {
	r.Close()
}

func main() {}
