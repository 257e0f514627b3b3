package main

import "fmt"

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("from inner: ", r))
		}
	}()
	panic("original")
}

func middle() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("middle caught: %v", r)
		}
	}()
	inner()
	return nil
}

func deferPanicsRecovered() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer got: ", recover())
	}()
	defer func() {
		panic("panic inside deferred func")
	}()
	return "normal"
}

func recoverTwice() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("once")
}

func main() {
	fmt.Println(middle())
	fmt.Println(deferPanicsRecovered())
	recoverTwice()
	fmt.Println("main done")
}
