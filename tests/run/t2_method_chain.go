package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	limit  int
	order  string
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(cond string) *Query {
	q.wheres = append(q.wheres, cond)
	return q
}

func (q *Query) Limit(n int) *Query { q.limit = n; return q }
func (q *Query) OrderBy(f string) *Query { q.order = f; return q }

func (q *Query) String() string {
	var sb strings.Builder
	sb.WriteString("SELECT * FROM " + q.table)
	if len(q.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		sb.WriteString(fmt.Sprintf(" LIMIT %d", q.limit))
	}
	return sb.String()
}

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec   { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k int) Vec { return Vec{v.X * k, v.Y * k} }

func main() {
	fmt.Println(From("users").Where("age > 18").Where("active").OrderBy("name").Limit(10))
	fmt.Println(From("t"))
	v := Vec{1, 2}.Add(Vec{3, 4}).Scale(2).Add(Vec{-1, -1})
	fmt.Println(v)
}
