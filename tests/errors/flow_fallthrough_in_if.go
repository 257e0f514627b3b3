package main

func main() {
	switch {
	case true:
		if true {
			fallthrough
		}
	case false:
	}
}
