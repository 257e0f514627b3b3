// Package store keeps shapes; two files, each with an init function.
package store

import (
	"fmt"

	"example.com/shapes/geom"
)

var count = countFrom(geom.Registry)

func countFrom(m map[string]int) int {
	fmt.Println("store: var count, registry has", len(m))
	return len(m)
}

func init() {
	fmt.Println("store: init 1 in store.go, count =", count)
}

// Store holds shapes in insertion order.
type Store struct {
	items []geom.Shape
	total float64
}

// New returns an empty store.
func New() *Store { return &Store{} }

// Add appends a shape and registers its name.
func (s *Store) Add(sh geom.Shape) {
	s.items = append(s.items, sh)
	s.total += sh.Area()
	geom.Registry[sh.Name()]++
}

// Total is the sum of the areas.
func (s *Store) Total() float64 { return s.total }

// Names lists the names, sorted.
func (s *Store) Names() []string {
	var names []string
	for _, it := range s.items {
		names = append(names, it.Name())
	}
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	return names
}

// Each calls f for every shape, in insertion order.
func (s *Store) Each(f func(int, geom.Shape)) {
	for i, it := range s.items {
		f(i, it)
	}
}
