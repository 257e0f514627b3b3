// import path "unicode/utf8"
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func DecodeLastRuneInString(s string) (rune, int)
func DecodeRune(p []byte) (rune, int)
func DecodeRuneInString(s string) (rune, int)
func EncodeRune(p []byte, r rune) int
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func RuneLen(r rune) int
func Valid(p []byte) bool
func ValidRune(r rune) bool
func ValidString(s string) bool
func RuneStart(b byte) bool
func FullRuneInString(s string) bool
func AppendRune(p []byte, r rune) []byte
