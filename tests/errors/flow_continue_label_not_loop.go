package main

func main() {
sw:
	switch {
	case true:
		for {
			continue sw
		}
	}
}
