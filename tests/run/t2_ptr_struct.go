package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) Deposit(n int) { a.Balance += n }

func NewAccount(owner string) *Account {
	return &Account{Owner: owner}
}

func main() {
	acc := NewAccount("ann")
	acc.Deposit(50)
	(*acc).Deposit(25)
	fmt.Println(acc.Owner, acc.Balance, (*acc).Balance)
	var a Account
	a.Deposit(10)
	fmt.Println(a)
	p := &a
	p.Owner = "bob"
	fmt.Println(a.Owner)
	var head *Node
	for i := 5; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	pn := new(Node)
	pn.Val = 42
	fmt.Println(pn.Val, pn.Next == nil)
	pa := &Account{"cy", 1}
	pb := pa
	pb.Balance = 1000
	fmt.Println(pa.Balance)
	accs := []*Account{NewAccount("x"), NewAccount("y")}
	for _, ac := range accs {
		ac.Deposit(5)
	}
	fmt.Println(accs[0].Balance, accs[1].Balance, *accs[0])
}
