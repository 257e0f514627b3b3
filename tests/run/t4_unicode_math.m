./t4_unicode_math.go:14:26: []rune{...} does not escape
./t4_unicode_math.go:15:13: ... argument does not escape
./t4_unicode_math.go:15:14: r escapes to heap
./t4_unicode_math.go:15:79: unicode.IsLetter(r) escapes to heap
./t4_unicode_math.go:15:99: unicode.IsUpper(r) escapes to heap
./t4_unicode_math.go:16:19: unicode.IsLower(r) escapes to heap
./t4_unicode_math.go:16:39: unicode.IsDigit(r) escapes to heap
./t4_unicode_math.go:16:60: unicode.IsNumber(r) escapes to heap
./t4_unicode_math.go:16:80: unicode.IsSpace(r) escapes to heap
./t4_unicode_math.go:17:19: unicode.IsPunct(r) escapes to heap
./t4_unicode_math.go:17:41: unicode.IsGraphic(r) escapes to heap
./t4_unicode_math.go:17:61: unicode.ToUpper(r) escapes to heap
./t4_unicode_math.go:17:81: unicode.ToLower(r) escapes to heap
./t4_unicode_math.go:19:13: ... argument does not escape
./t4_unicode_math.go:19:24: unicode.Is(unicode.Han, '世') escapes to heap
./t4_unicode_math.go:19:56: unicode.In('α', ... argument...) escapes to heap
./t4_unicode_math.go:19:56: ... argument does not escape
./t4_unicode_math.go:19:112: unicode.SimpleFold('k') escapes to heap
./t4_unicode_math.go:21:13: ... argument does not escape
./t4_unicode_math.go:21:17: len(s) escapes to heap
./t4_unicode_math.go:21:44: utf8.RuneCountInString(s) escapes to heap
./t4_unicode_math.go:21:65: utf8.ValidString(s) escapes to heap
./t4_unicode_math.go:21:86: utf8.ValidString("\xff") escapes to heap
./t4_unicode_math.go:22:28: ([]rune)(s) does not escape
./t4_unicode_math.go:23:13: ... argument does not escape
./t4_unicode_math.go:23:17: len(enc) escapes to heap
./t4_unicode_math.go:23:27: enc[len(enc) - 2:] escapes to heap
./t4_unicode_math.go:23:68: string(utf16.Decode(enc)) == s escapes to heap
./t4_unicode_math.go:23:48: string(utf16.Decode(enc)) does not escape
./t4_unicode_math.go:23:91: utf16.IsSurrogate(0xd83d) escapes to heap
./t4_unicode_math.go:25:13: ... argument does not escape
./t4_unicode_math.go:25:23: math.Sqrt(2) escapes to heap
./t4_unicode_math.go:25:37: math.Cbrt(27) escapes to heap
./t4_unicode_math.go:25:51: math.Pow(2, 10) escapes to heap
./t4_unicode_math.go:25:68: math.Pow(1.5, 2.5) escapes to heap
./t4_unicode_math.go:25:88: math.Exp(1) escapes to heap
./t4_unicode_math.go:25:101: math.Log(math.E) escapes to heap
./t4_unicode_math.go:26:13: ... argument does not escape
./t4_unicode_math.go:26:22: math.Sin(math.Pi / 6) escapes to heap
./t4_unicode_math.go:26:43: math.Cos(1) escapes to heap
./t4_unicode_math.go:26:56: math.Tan(0.5) escapes to heap
./t4_unicode_math.go:26:73: math.Atan2(1, -1) escapes to heap
./t4_unicode_math.go:26:91: math.Asin(0.5) escapes to heap
./t4_unicode_math.go:26:107: math.Acos(-1) escapes to heap
./t4_unicode_math.go:27:13: ... argument does not escape
./t4_unicode_math.go:27:24: math.Floor(-1.5) escapes to heap
./t4_unicode_math.go:27:41: math.Ceil(-1.5) escapes to heap
./t4_unicode_math.go:27:59: math.Trunc(-1.5) escapes to heap
./t4_unicode_math.go:27:77: math.Round(2.5) escapes to heap
./t4_unicode_math.go:27:100: math.RoundToEven(2.5) escapes to heap
./t4_unicode_math.go:27:115: math.Mod(7, -3) escapes to heap
./t4_unicode_math.go:27:138: math.Remainder(7, 3) escapes to heap
./t4_unicode_math.go:28:13: ... argument does not escape
./t4_unicode_math.go:28:24: math.Hypot(3, 4) escapes to heap
./t4_unicode_math.go:28:42: math.Log10(1000) escapes to heap
./t4_unicode_math.go:28:59: math.Log2(1024) escapes to heap
./t4_unicode_math.go:28:77: math.Log1p(1e-10) escapes to heap
./t4_unicode_math.go:28:96: math.Expm1(1e-10) escapes to heap
./t4_unicode_math.go:28:114: math.Exp2(0.5) escapes to heap
./t4_unicode_math.go:29:13: ... argument does not escape
./t4_unicode_math.go:29:22: math.Max(3, math.NaN()) escapes to heap
./t4_unicode_math.go:29:47: math.Min(-0.0, 0) escapes to heap
./t4_unicode_math.go:29:66: math.Inf(-1) escapes to heap
./t4_unicode_math.go:29:82: math.IsNaN(math.NaN()) escapes to heap
./t4_unicode_math.go:29:108: math.Signbit(math.Copysign(0, -1)) escapes to heap
./t4_unicode_math.go:32:13: ... argument does not escape
./t4_unicode_math.go:32:13: frac escapes to heap
./t4_unicode_math.go:32:13: exp escapes to heap
./t4_unicode_math.go:32:35: math.Ldexp(0.75, 4) escapes to heap
./t4_unicode_math.go:32:35: ip escapes to heap
./t4_unicode_math.go:32:35: fp escapes to heap
./t4_unicode_math.go:32:70: math.Float64bits(1.5) escapes to heap
./t4_unicode_math.go:32:97: math.Float32frombits(0x40490fdb) escapes to heap
./t4_unicode_math.go:33:13: ... argument does not escape
./t4_unicode_math.go:33:23: math.Sinh(1) escapes to heap
./t4_unicode_math.go:33:37: math.Cosh(1) escapes to heap
./t4_unicode_math.go:33:51: math.Tanh(0.5) escapes to heap
./t4_unicode_math.go:33:68: math.Gamma(5) escapes to heap
./t4_unicode_math.go:33:81: math.Erf(0.5) escapes to heap
./t4_unicode_math.go:33:95: math.J0(1) escapes to heap
./t4_unicode_math.go:34:13: ... argument does not escape
./t4_unicode_math.go:34:18: math.MaxInt64 escapes to heap
./t4_unicode_math.go:34:33: math.MinInt64 escapes to heap
./t4_unicode_math.go:34:48: math.MaxUint32 escapes to heap
./t4_unicode_math.go:34:64: math.SmallestNonzeroFloat64 escapes to heap
./t4_unicode_math.go:34:93: math.MaxFloat32 escapes to heap
./t4_unicode_math.go:35:29: []float64{...} does not escape
./t4_unicode_math.go:36:14: ... argument does not escape
./t4_unicode_math.go:36:14: x escapes to heap
./t4_unicode_math.go:36:26: math.Exp(x) escapes to heap
./t4_unicode_math.go:36:39: math.Log(x) escapes to heap
./t4_unicode_math.go:36:53: math.Sqrt(math.Abs(x)) escapes to heap
./t4_unicode_math.go:39:13: ... argument does not escape
./t4_unicode_math.go:39:28: bits.OnesCount(255) escapes to heap
./t4_unicode_math.go:39:54: bits.LeadingZeros64(1) escapes to heap
./t4_unicode_math.go:39:79: bits.TrailingZeros32(8) escapes to heap
./t4_unicode_math.go:39:92: bits.Len(1023) escapes to heap
./t4_unicode_math.go:39:113: bits.Reverse8(1) escapes to heap
./t4_unicode_math.go:39:135: bits.RotateLeft32(1, -1) escapes to heap
./t4_unicode_math.go:43:13: ... argument does not escape
./t4_unicode_math.go:43:13: hi escapes to heap
./t4_unicode_math.go:43:13: lo escapes to heap
./t4_unicode_math.go:43:13: sum escapes to heap
./t4_unicode_math.go:43:13: carry escapes to heap
./t4_unicode_math.go:43:13: q escapes to heap
./t4_unicode_math.go:43:13: r escapes to heap
./t4_unicode_math.go:46:13: ... argument does not escape
./t4_unicode_math.go:46:23: cmplx.Abs(c) escapes to heap
./t4_unicode_math.go:46:38: cmplx.Sqrt(-1) escapes to heap
./t4_unicode_math.go:46:53: cmplx.Exp(complex(0, math.Pi)) escapes to heap
./t4_unicode_math.go:46:86: cmplx.Conj(c) escapes to heap
./t4_unicode_math.go:46:92: c * c escapes to heap
./t4_unicode_math.go:46:97: c / complex(1, 1) escapes to heap
./t4_unicode_math.go:47:12: ... argument does not escape
./t4_unicode_math.go:47:37: cmplx.Pow(c, 2) escapes to heap
./t4_unicode_math.go:47:54: cmplx.Log(c) escapes to heap
