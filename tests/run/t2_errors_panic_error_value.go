package main

import (
	"errors"
	"fmt"
)

type TempErr struct{ Code int }

func (e TempErr) Error() string { return fmt.Sprintf("temporary error %d", e.Code) }

func risky(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("risky(%d): %w", n, v)
			default:
				err = fmt.Errorf("risky(%d): %v", n, v)
			}
		}
	}()
	switch n {
	case 1:
		panic(TempErr{503})
	case 2:
		panic("plain string")
	case 3:
		var arr []int
		_ = arr[n]
	}
	return nil
}

func main() {
	for i := 0; i < 4; i++ {
		err := risky(i)
		fmt.Println(i, err)
		var te TempErr
		if errors.As(err, &te) {
			fmt.Println("  temp code", te.Code)
		}
	}
}
