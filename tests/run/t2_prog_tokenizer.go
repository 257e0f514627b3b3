package main

import "fmt"

type Kind int

const (
	Ident Kind = iota
	Number
	Op
	LParen
	RParen
)

var kindNames = [...]string{"Ident", "Number", "Op", "LParen", "RParen"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

func tokenize(src string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case isDigit(c):
			start := i
			for i < len(src) && (isDigit(src[i]) || src[i] == '.') {
				i++
			}
			toks = append(toks, Token{Number, src[start:i], start})
		case isLetter(c):
			start := i
			for i < len(src) && (isLetter(src[i]) || isDigit(src[i])) {
				i++
			}
			toks = append(toks, Token{Ident, src[start:i], start})
		case c == '(':
			toks = append(toks, Token{LParen, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RParen, ")", i})
			i++
		case c == '+' || c == '-' || c == '*' || c == '/':
			toks = append(toks, Token{Op, string(c), i})
			i++
		default:
			return toks, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

func main() {
	toks, err := tokenize("x1 = (alpha + 3.14) * beta_2")
	fmt.Println(len(toks), err)
	toks, err = tokenize("(alpha + 3.14) * beta_2 - 7")
	for _, t := range toks {
		fmt.Printf("%-6v %-6q %d\n", t.Kind, t.Text, t.Pos)
	}
	fmt.Println(err)
	fmt.Printf("%v\n", toks[0])
	fmt.Printf("%+v\n", toks[1])
}
