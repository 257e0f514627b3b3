package strconv

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string

var ErrRange error
var ErrSyntax error

func Itoa(i int) string
func Atoi(s string) (int, error)
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func ParseInt(s string, base int, bitSize int) (int64, error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func ParseFloat(s string, bitSize int) (float64, error)
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func ParseBool(str string) (bool, error)
func FormatBool(b bool) string
func Quote(s string) string
func QuoteRune(r rune) string
func Unquote(s string) (string, error)
func QuoteToASCII(s string) string
func QuoteRuneToASCII(r rune) string
func AppendInt(dst []byte, i int64, base int) []byte
func AppendQuote(dst []byte, s string) []byte
