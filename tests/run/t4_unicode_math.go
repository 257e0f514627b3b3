package main

import (
	"fmt"
	"math"
	"math/bits"
	"math/cmplx"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', 'é', 'Ω', '世', '٣', '!', '\t', 0x1F600} {
		fmt.Printf("%q L%v U%v l%v D%v N%v S%v P%v G%v %q %q\n", r, unicode.IsLetter(r), unicode.IsUpper(r),
			unicode.IsLower(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsPunct(r), unicode.IsGraphic(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('α', unicode.Greek, unicode.Latin), unicode.SimpleFold('k'))
	s := "héllo, 世界 🚀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	enc := utf16.Encode([]rune(s))
	fmt.Println(len(enc), enc[len(enc)-2:], string(utf16.Decode(enc)) == s, utf16.IsSurrogate(0xd83d))

	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 10), math.Pow(1.5, 2.5), math.Exp(1), math.Log(math.E))
	fmt.Println(math.Sin(math.Pi/6), math.Cos(1), math.Tan(0.5), math.Atan2(1, -1), math.Asin(0.5), math.Acos(-1))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(2.5), math.RoundToEven(2.5), math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Println(math.Hypot(3, 4), math.Log10(1000), math.Log2(1024), math.Log1p(1e-10), math.Expm1(1e-10), math.Exp2(0.5))
	fmt.Println(math.Max(3, math.NaN()), math.Min(-0.0, 0), math.Inf(-1), math.IsNaN(math.NaN()), math.Signbit(math.Copysign(0, -1)))
	frac, exp := math.Frexp(12)
	ip, fp := math.Modf(-3.75)
	fmt.Println(frac, exp, math.Ldexp(0.75, 4), ip, fp, math.Float64bits(1.5), math.Float32frombits(0x40490fdb))
	fmt.Println(math.Sinh(1), math.Cosh(1), math.Tanh(0.5), math.Gamma(5), math.Erf(0.5), math.J0(1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64, math.MaxFloat32)
	for _, x := range []float64{0.1, 0.7, 1.1, 2.3, 10.5, 100.25, -7.3} {
		fmt.Println(x, math.Exp(x), math.Log(x), math.Sqrt(math.Abs(x)))
	}

	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.Len(1023), bits.Reverse8(1), bits.RotateLeft32(1, -1))
	hi, lo := bits.Mul64(1<<63, 4)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	q, r := bits.Div64(1, 0, 7)
	fmt.Println(hi, lo, sum, carry, q, r)

	c := complex(3, 4)
	fmt.Println(cmplx.Abs(c), cmplx.Sqrt(-1), cmplx.Exp(complex(0, math.Pi)), cmplx.Conj(c), c*c, c/complex(1, 1))
	fmt.Printf("%.4f %.4f\n", cmplx.Pow(c, 2), cmplx.Log(c))
}
