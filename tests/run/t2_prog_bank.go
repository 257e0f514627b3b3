package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      int
	Owner   string
	Balance int64
	History []string
}

type Bank struct {
	accounts map[int]*Account
	nextID   int
}

func NewBank() *Bank { return &Bank{accounts: map[int]*Account{}, nextID: 1} }

func (b *Bank) Open(owner string, initial int64) *Account {
	a := &Account{ID: b.nextID, Owner: owner, Balance: initial}
	b.accounts[a.ID] = a
	b.nextID++
	a.log("open %d", initial)
	return a
}

func (a *Account) log(format string, args ...interface{}) {
	a.History = append(a.History, fmt.Sprintf(format, args...))
}

func (b *Bank) Transfer(from, to int, amt int64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %d", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %d", to)
	}
	if src.Balance < amt {
		return fmt.Errorf("transfer %d from %d: %w", amt, from, ErrInsufficient)
	}
	src.Balance -= amt
	dst.Balance += amt
	src.log("sent %d to %s", amt, dst.Owner)
	dst.log("got %d from %s", amt, src.Owner)
	return nil
}

func main() {
	bank := NewBank()
	a := bank.Open("alice", 100)
	b := bank.Open("bob", 50)
	fmt.Println(bank.Transfer(a.ID, b.ID, 30))
	err := bank.Transfer(b.ID, a.ID, 500)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(bank.Transfer(a.ID, 9, 1))
	for id := 1; id < bank.nextID; id++ {
		acc := bank.accounts[id]
		fmt.Printf("%d %-6s %4d %q\n", acc.ID, acc.Owner, acc.Balance, acc.History)
	}
}
