/* test_fmt.c — Check unit tests of the standard library's C bodies (runtime/fmt*.c,
 * strconv.c's quoting, math.c, time in stdmisc.c): the functions are called directly, as
 * generated code calls them, with hand-built type descriptors and values. Every expected
 * string was printed by Go 1.19 itself (a Go program doing the same calls), never written by
 * hand.
 *
 * Build: an executable linking the runtime library (meson: gosubrt) and dependency('check');
 * it defines its own main (the runtime's main is weak).
 */
#include <check.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/lib_internal.h"

/* ---- the C bodies under test (gort.h naming) ---- */
typedef struct { int64_t n; GoIface err; } NErr;
GoString fmt_Sprintf(const uint8_t *f, int64_t fn, GoEface *a, int64_t n, int64_t cap);
GoString fmt_Sprint(GoEface *a, int64_t n, int64_t cap);
GoString fmt_Sprintln(GoEface *a, int64_t n, int64_t cap);
GoIface fmt_Errorf(const uint8_t *f, int64_t fn, GoEface *a, int64_t n, int64_t cap);
void fmt_Fprintf(NErr *ret, const GoItab *wi, void *wd, const uint8_t *f, int64_t fn, GoEface *a,
                 int64_t n, int64_t cap);
double math_Sin(double), math_Cos(double), math_Tan(double), math_Exp(double),
    math_Log(double), math_Pow(double, double), math_Atan(double), math_Cbrt(double),
    math_Log10(double), math_Max(double, double), math_Round(double), math_Asin(double);

/* ---- values ---- */

static void *box(const void *v, size_t n) {
  void *p = malloc(n);
  memcpy(p, v, n);
  return p;
}
static GoEface I(int64_t v) { return (GoEface){&gort_type_int, box(&v, 8)}; }
static GoEface F(double v) { return (GoEface){&gort_type_float64, box(&v, 8)}; }
static GoEface F32(float v) { return (GoEface){&gort_type_float32, box(&v, 4)}; }
static GoEface BO(bool v) { return (GoEface){&gort_type_bool, box(&v, 1)}; }
static GoEface R(int32_t v) { return (GoEface){&gort_type_int32, box(&v, 4)}; }
static GoEface I8(int8_t v) { return (GoEface){&gort_type_int8, box(&v, 1)}; }
static GoEface U8(uint8_t v) { return (GoEface){&gort_type_uint8, box(&v, 1)}; }
static GoEface U(uint64_t v) { return (GoEface){&gort_type_uint, box(&v, 8)}; }
static GoEface U64(uint64_t v) { return (GoEface){&gort_type_uint64, box(&v, 8)}; }
static GoEface I32(int32_t v) { return (GoEface){&gort_type_int32, box(&v, 4)}; }
static GoEface I64(int64_t v) { return (GoEface){&gort_type_int64, box(&v, 8)}; }
static GoEface C128(double re, double im) {
  double c[2] = {re, im};
  return (GoEface){&gort_type_complex128, box(c, 16)};
}
static GoEface C64(float re, float im) {
  float c[2] = {re, im};
  return (GoEface){&gort_type_complex64, box(c, 8)};
}
static GoString gs(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }
static GoEface S(const char *s) {
  GoString g = gs(s);
  return (GoEface){&gort_type_string, box(&g, 16)};
}
static const GoEface NIL = {NULL, NULL};

/* ---- descriptors of the test's Go types ---- */

static const uint8_t m1[1] = {1};
/* type T struct { A int; B string } */
static const GoField T_fields[2] = {{"A", &gort_type_int, 0, 0, 1}, {"B", &gort_type_string, 8, 0, 1}};
static const GoType T_type = {24, 16, (const uint8_t[]){2}, 0, GOK_STRUCT, 8, GOTF_NAMED | GOTF_COMPARABLE,
                              0, "main.T", NULL, NULL, 0, 2, 0, T_fields, NULL};
static const GoType Tp_type = {8, 8, m1, 0, GOK_PTR, 8, GOTF_COMPARABLE, 0, "*main.T", &T_type, NULL, 0, 0,
                               0, NULL, NULL};
typedef struct { int64_t A; GoString B; } T;
/* type S int with a String method: "S<n>" */
static GoString S_String(void *data) {
  char *b = malloc(32);
  snprintf(b, 32, "S<%lld>", (long long)*(int64_t *)data);
  return gs(b);
}
static const GoMethod S_methods[1] = {{"String", "() string", (void *)S_String}};
static const GoType S_type = {8, 0, NULL, 0, GOK_INT, 8, GOTF_NAMED | GOTF_COMPARABLE, 0, "main.S", NULL, NULL,
                              0, 0, 1, NULL, S_methods};
/* type P struct { X, y int } */
static const GoField P_fields[2] = {{"X", &gort_type_int, 0, 0, 1}, {"y", &gort_type_int, 8, 0, 0}};
static const GoType P_type = {16, 0, NULL, 0, GOK_STRUCT, 8, GOTF_NAMED | GOTF_COMPARABLE, 0, "main.P", NULL,
                              NULL, 0, 2, 0, P_fields, NULL};
static const GoType sl_int = {24, 8, m1, 0, GOK_SLICE, 8, 0, 0, "[]int", &gort_type_int, NULL, 0, 0, 0, NULL, NULL};
static const GoType sl_str = {24, 8, m1, 0, GOK_SLICE, 8, 0, 0, "[]string", &gort_type_string, NULL, 0, 0, 0,
                              NULL, NULL};
static const GoType sl_S = {24, 8, m1, 0, GOK_SLICE, 8, 0, 0, "[]main.S", &S_type, NULL, 0, 0, 0, NULL, NULL};
static const GoType sl_byte = {24, 8, m1, 0, GOK_SLICE, 8, 0, 0, "[]uint8", &gort_type_uint8, NULL, 0, 0, 0,
                               NULL, NULL};
static const GoType sl_f64 = {24, 8, m1, 0, GOK_SLICE, 8, 0, 0, "[]float64", &gort_type_float64, NULL, 0, 0,
                              0, NULL, NULL};
static const GoType sl_Tp = {24, 8, m1, 0, GOK_SLICE, 8, 0, 0, "[]*main.T", &Tp_type, NULL, 0, 0, 0, NULL,
                             NULL};
static const GoType ar3_int = {24, 0, NULL, 0, GOK_ARRAY, 8, GOTF_COMPARABLE, 0, "[3]int", &gort_type_int, NULL,
                               3, 0, 0, NULL, NULL};
static const GoType ar0_int = {0, 0, NULL, 0, GOK_ARRAY, 8, GOTF_COMPARABLE, 0, "[0]int", &gort_type_int, NULL,
                               0, 0, 0, NULL, NULL};
static const GoType map_si = {8, 8, m1, 0, GOK_MAP, 8, 0, 0, "map[string]int", &gort_type_int,
                              &gort_type_string, 0, 0, 0, NULL, NULL};
static const GoType map_ib = {8, 8, m1, 0, GOK_MAP, 8, 0, 0, "map[int]bool", &gort_type_bool, &gort_type_int,
                              0, 0, 0, NULL, NULL};
static const GoType map_sli = {8, 8, m1, 0, GOK_MAP, 8, 0, 0, "map[string][]int", &sl_int, &gort_type_string,
                               0, 0, 0, NULL, NULL};
static const GoType empty_struct = {0, 0, NULL, 0, GOK_STRUCT, 1, GOTF_COMPARABLE, 0, "struct {}", NULL, NULL,
                                    0, 0, 0, NULL, NULL};
static const GoField EI_fields[2] = {{"E", &gort_type_error, 0, 0, 1}, {"I", &gort_type_any, 16, 0, 1}};
static const GoType EI_type = {32, 32, (const uint8_t[]){0xf}, 0, GOK_STRUCT, 8, GOTF_COMPARABLE, 0,
                               "struct { E error; I interface {} }", NULL, NULL, 0, 2, 0, EI_fields, NULL};

static GoEface slice_of(const GoType *t, void *p, int64_t n) {
  GoSlice s = {p, n, n};
  return (GoEface){t, box(&s, 24)};
}
static GoEface ints(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int64_t *p = malloc(8 * (size_t)(n ? n : 1));
  for (int i = 0; i < n; i++) p[i] = va_arg(ap, int);
  va_end(ap);
  return slice_of(&sl_int, p, n);
}
static GoEface tval(int64_t a, const char *b) {
  T v = {a, gs(b)};
  return (GoEface){&T_type, box(&v, sizeof v)};
}
static GoEface tptr(int64_t a, const char *b) {
  T v = {a, gs(b)};
  return (GoEface){&Tp_type, box(&v, sizeof v)};
}
static GoEface sval(int64_t v) { return (GoEface){&S_type, box(&v, 8)}; }
static GoEface pval(int64_t x, int64_t y) {
  int64_t v[2] = {x, y};
  return (GoEface){&P_type, box(v, 16)};
}
static GoEface mapval(const GoType *mt, GoMap *m) { return (GoEface){mt, m}; }
static GoMap *map_si_of(int n, ...) {
  GoMap *m = gort_makemap(&map_si, 0);
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    GoString k = gs(va_arg(ap, const char *));
    *(int64_t *)gort_mapassign(&map_si, m, &k) = va_arg(ap, int);
  }
  va_end(ap);
  return m;
}

/* ---- calling fmt ---- */

static char *cstr(GoString s) {
  char *c = malloc((size_t)s.len + 1);
  memcpy(c, s.ptr, (size_t)s.len);
  c[s.len] = 0;
  return c;
}
#define ARGS(...) ((GoEface[]){__VA_ARGS__}), (int64_t)(sizeof((GoEface[]){__VA_ARGS__}) / sizeof(GoEface))
static char *spf_(const char *f, GoEface *a, int64_t n) {
  return cstr(fmt_Sprintf((const uint8_t *)f, (int64_t)strlen(f), a, n, n));
}
static char *sp_(GoEface *a, int64_t n) { return cstr(fmt_Sprint(a, n, n)); }
static char *spln_(GoEface *a, int64_t n) { return cstr(fmt_Sprintln(a, n, n)); }
#define SPF(f, ...) spf_(f, ARGS(__VA_ARGS__))
#define SPF0(f) spf_(f, NULL, 0)
#define SP(...) sp_(ARGS(__VA_ARGS__))
#define SPLN(...) spln_(ARGS(__VA_ARGS__))
static GoEface err_eface(GoIface e) { return (GoEface){e.itab->type, e.data}; }
/* expected output, printed by Go 1.19 (see the header) */
static const char *const want[] = {
    "1 -2 x true 3.5 y\n",
    "1 2ab3 true false",
    "a1 2b",
    "0.1",
    "1e+21",
    "1e+20",
    "1e-05",
    "0.0001",
    "1.23456789e+08",
    "5e-324",
    "1.7976931348623157e+308",
    "100",
    "2.5e-08",
    "0",
    "0",
    "0.3333333333333333",
    "0.6666666666666666",
    "1e+100",
    "123.456",
    "1.234e-06",
    "1e+06",
    "1e-07",
    "9.007199254740992e+15",
    "0.1 0.33333334 1.6777216e+07 1e-10",
    "42|   42|42   |-0042|+42| 42|ff|FF|10|0o10|101|0xff|010|A|'B'|U+1F600|U+0078 'x'",
    "1.234568e+03|1.234568E+03|1234.567800|1.500000|1234.5678|1E-07|3.14|   3.142|2.50    |-003.142|+1.2e+04|0|2|2",
    "100000|1e+06|1.23e+03|0.3333333333|1.00000|2.50|1e-300|3e+300",
    "hello|        hi|hi        |he|\"a\\\"b\\n\"|6869|6869|68 69|`abc`|\"h\\u00e9llo\"",
    "true|false|  true|%!p(<nil>)",
    "{1 x}|{A:1 B:x}|main.T{A:1, B:\"x\"}|main.T",
    "&{2 y}|&{A:2 B:y}|[]int{1, 2}|[]int",
    "[a b]|[1 2 3]|[]string{\"a\"}|[]|[]int(nil)|[1 2 3]",
    "map[a:1 b:2 c:3]|map[string]int{\"a\":2, \"z\":1}|map[1:false 2:true 3:true]|map[string]int(nil)",
    "S<5>|S<6>|7|533c3235353e|8|[S<1> S<2>]",
    "{1 2}|{X:1 y:2}|main.P{X:1, y:2}",
    "hi|[104 105]|6869|\"hi\"|[]byte{0x68, 0x69}",
    "(1+2i)|(-1.5+0.25i)|(1.00-1.00i)|(0.1+0.2i)",
    "1e+21|3.4e+38|  0.0|2|[0.5 1e-10]",
    "%!d(string=str)|%!s(int=42)|1 5|%!z(int=1)|%!t(int=9)|%!!(string=x)|%!|(int=5)0000000020|42 %!d(string=str)|1|%!d(string=str) 42 1",
    "1%!(EXTRA int=2)",
    "1%!(EXTRA string=two, float64=3)",
    "no verbs%!(EXTRA int=1)",
    "%!(NOVERB)",
    "<nil> %!d(<nil>)",
    "    1|2    |3.14|7   ",
    "%!!(string=x)d(BADWIDTH)|%!d(MISSING)",
    "   3.1|         s|true      |-ff|4869|-10",
    "boom wrap: inner",
    "  \"a\"|A|世|'世'|'\\n'",
    "0x1.cp+01|-0X1P+00|0x1.0000p+00||616263",
    "5629499534213120p-50|-1|0.000000e+00|1.000e-10|  1.23e+05",
    "-5|200|18446744073709551615|-9223372036854775808",
    "-001.500|1.500   |+0000005| 0000005|[a b]",
    "[false][<nil>  ][0003.14][+1.234e-04][0][0b101]",
    "{}|[]|map[a:[1]]",
    "[<nil>]|{E:<nil> I:5}",
    "1|\"q\"|0x5|-1|struct { E error; I interface {} }{E:error(nil), I:interface {}(nil)}",
};

static int wi, nfail; /* index into want; mismatches so far (all are reported) */
static void expect_at(const char *got, int line) {
  const char *w = want[wi++];
  if (strcmp(got, w) != 0) {
    fprintf(stderr, "test_fmt.c:%d: want[%d]\n  got  %s\n  want %s\n", line, wi - 1, got, w);
    nfail++;
  }
}
#define EXPECT(got) expect_at((got), __LINE__)

START_TEST(test_fmt_golden) {
  wi = 0;
  EXPECT(SPLN(I(1), I(-2), S("x"), BO(true), F(3.5), S("y")));
  EXPECT(SP(I(1), I(2), S("a"), S("b"), I(3), BO(true), BO(false)));
  EXPECT(SP(S("a"), I(1), I(2), S("b")));
  static const double fl[] = {0.1, 1e21, 1e20, 1e-5, 1e-4, 123456789.0, 5e-324,
                              1.7976931348623157e308, 100, 2.5e-8, 0, 0.0 /* Go's -0.0 constant */, 1.0 / 3, 2.0 / 3,
                              1e100, 123.456, 0.000001234, 1e6, 1e-7, 9007199254740993.0};
  for (size_t i = 0; i < sizeof fl / sizeof fl[0]; i++) EXPECT(SP(F(fl[i])));
  EXPECT(SP(F32(0.1f), F32(1.0f / 3), F32(16777216.0f), F32(1e-10f)));
  EXPECT(SPF("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o|%c|%q|%U|%#U", I(42), I(42), I(42),
             I(-42), I(42), I(42), I(255), I(255), I(8), I(8), I(5), I(255), I(8), R('A'), R('B'),
             R(0x1F600), R('x')));
  EXPECT(SPF("%e|%E|%f|%F|%g|%G|%.2f|%8.3f|%-8.2f|%08.3f|%+.1e|%.0f|%.0f|%.0f", F(1234.5678),
             F(1234.5678), F(1234.5678), F(1.5), F(1234.5678), F(1e-7), F(3.14159), F(3.14159),
             F(2.5), F(-3.14159), F(12345.678), F(0.5), F(1.5), F(2.5)));
  EXPECT(SPF("%g|%g|%.3g|%.10g|%#g|%#.3g|%v|%v", F(100000.0), F(1000000.0), F(1234.5678),
             F(1.0 / 3), F(1.0), F(2.5), F(1e-300), F(3e300)));
  EXPECT(SPF("%s|%10s|%-10s|%.2s|%q|%x|%X|% x|%#q|%+q", S("hello"), S("hi"), S("hi"), S("hello"),
             S("a\"b\n"), S("hi"), S("hi"), S("hi"), S("abc"), S("h\xc3\xa9llo")));
  EXPECT(SPF("%t|%v|%6t|%p", BO(true), BO(false), BO(true), NIL));
  EXPECT(SPF("%v|%+v|%#v|%T", tval(1, "x"), tval(1, "x"), tval(1, "x"), tval(1, "x")));
  EXPECT(SPF("%v|%+v|%#v|%T", tptr(2, "y"), tptr(2, "y"), ints(2, 1, 2), ints(2, 1, 2)));
  GoString ab[2] = {gs("a"), gs("b")};
  EXPECT(SPF("%v|%d|%#v|%v|%#v|%v", slice_of(&sl_str, ab, 2), ints(3, 1, 2, 3),
             slice_of(&sl_str, ab, 1), slice_of(&sl_int, NULL, 0), slice_of(&sl_int, NULL, 0),
             (GoEface){&ar3_int, ((int64_t[]){1, 2, 3})}));
  GoMap *mib = gort_makemap(&map_ib, 0);
  for (int64_t k = 3; k >= 1; k--) *(bool *)gort_mapassign(&map_ib, mib, &k) = k != 1;
  EXPECT(SPF("%v|%#v|%v|%#v", mapval(&map_si, map_si_of(3, "b", 2, "a", 1, "c", 3)),
             mapval(&map_si, map_si_of(2, "z", 1, "a", 2)), mapval(&map_ib, mib),
             mapval(&map_si, NULL)));
  EXPECT(SPF("%v|%s|%d|%x|%#v|%v", sval(5), sval(6), sval(7), sval(255), sval(8),
             slice_of(&sl_S, ((int64_t[]){1, 2}), 2)));
  EXPECT(SPF("%v|%+v|%#v", pval(1, 2), pval(1, 2), pval(1, 2)));
  EXPECT(SPF("%s|%v|%x|%q|%#v", slice_of(&sl_byte, "hi", 2), slice_of(&sl_byte, "hi", 2),
             slice_of(&sl_byte, "hi", 2), slice_of(&sl_byte, "hi", 2), slice_of(&sl_byte, "hi", 2)));
  EXPECT(SPF("%v|%v|%.2f|%v", C128(1, 2), C128(-1.5, 0.25), C128(1, -1), C64(0.1f, 0.2f)));
  EXPECT(SPF("%v|%v|%5.1f|%+v|%v", F(1e21), F32(3.4e38f), F(0.0), F(2.0),
             slice_of(&sl_f64, ((double[]){0.5, 1e-10}), 2)));
  EXPECT(SPF("%d|%s|%d %d|%z|%t|%!|%-|%.*d|%[2]d %[1]d|%[3]d|%[1]d %d %d", S("str"), I(42), I(1),
             I(5), I(1), I(9), S("x"), I(5), I(10), I(20), I(1), I(2)));
  EXPECT(SPF("%d", I(1), I(2)));
  EXPECT(SPF("%d", I(1), S("two"), F(3.0)));
  EXPECT(SPF("no verbs", I(1)));
  EXPECT(SPF0("%"));
  EXPECT(SPF("%v %d", NIL, NIL));
  EXPECT(SPF("%*d|%-*d|%.*f|%*d", I(5), I(1), I(5), I(2), I(2), F(3.14159), I(-4), I(7)));
  EXPECT(SPF("%!d(BADWIDTH)|%*d", S("x"), I(5)));
  EXPECT(SPF("%6.2v|%10v|%-10v|%x|%X|%o", F(3.14159), S("s"), BO(true), I(-255), S("Hi"), I(-8)));
  GoIface boom = lib_errors_new(gs("boom"));
  GoIface inner = lib_errors_new(gs("inner"));
  GoIface wrapped = fmt_Errorf((const uint8_t *)"wrap: %w", 8, ARGS(err_eface(inner)), 1);
  EXPECT(SPF("%v %v", err_eface(boom), err_eface(wrapped)));
  EXPECT(SPF("%5.1q|%c|%c|%q|%q", S("abc"), I(65), I(0x4E16), I(0x4E16), R('\n')));
  EXPECT(SPF("%x|%X|%#x|%x|%.3x", F(3.5), F(-1.0), F(1.0), S(""), S("abcdef")));
  EXPECT(SPF("%b|%b|%e|%.3e|%10.2e", F(5.0), I(-1), F(0.0), F(1e-10), F(123456.0)));
  EXPECT(SPF("%v|%v|%v|%v", I8(-5), U8(200), U64(18446744073709551615ull),
             I64(INT64_MIN)));
  EXPECT(SPF("%08.3f|%-08.3f|%+08d|% 08d|%x", F(-1.5), F(1.5), I(5), I(5), ints(2, 10, 11)));
  EXPECT(SPF("[%5t][%-7v][%07.2f][%+.3e][%#o][%#b]", BO(false), NIL, F(3.14159), F(0.0001234),
             I(0), I(5)));
  GoMap *msl = gort_makemap(&map_sli, 0);
  GoString ka = gs("a");
  *(GoSlice *)gort_mapassign(&map_sli, msl, &ka) = (GoSlice){((int64_t[]){1}), 1, 1};
  EXPECT(SPF("%v|%v|%v", (GoEface){&empty_struct, ""}, (GoEface){&ar0_int, ""},
             mapval(&map_sli, msl)));
  void *nilp = NULL;
  struct { GoIface e; GoEface i; } ei = {{NULL, NULL}, I(5)};
  EXPECT(SPF("%v|%+v", slice_of(&sl_Tp, &nilp, 1), (GoEface){&EI_type, &ei}));
  struct { GoIface e; GoEface i; } ei0 = {{NULL, NULL}, {NULL, NULL}};
  EXPECT(SPF("%#v|%#v|%#v|%#v|%#v", F(1.0), S("q"), U(5), I32(-1), (GoEface){&EI_type, &ei0}));

  ck_assert_int_eq(wi, (int)(sizeof want / sizeof want[0]));
  ck_assert_int_eq(nfail, 0);

  /* fmt.Errorf's %w keeps the wrapped error: Unwrap (Go's errors.Unwrap calls it) */
  const GoMethod *m = rt_find_method(wrapped.itab->type, "Unwrap", "() error");
  ck_assert_ptr_nonnull(m);
  GoIface un = ((GoIface(*)(void *))m->fn)(wrapped.data);
  ck_assert_ptr_eq(un.data, inner.data);
}
END_TEST

GoString time_Duration_String(int64_t d);

/* fmt.c prints to Go's os.Stdout, a *os.File whose first field is the descriptor */
static OsFile test_stdout = {1};
OsFile *test_os_Stdout __asm__("os.Stdout") = &test_stdout;

/* the runtime's (weak) main refers to the generated program's entry points */
void gosub_main_init(void) {}
void gosub_main_main(void) {}

/* math's amd64 assembly ported to C (runtime/math.c): bit-identical to Go 1.19's math.Exp,
 * Log and Hypot on this machine (expected bits printed by Go); time.Duration.String */
double math_archExp(double) __asm__("math.archExp");
double math_archLog(double) __asm__("math.archLog");
double math_archHypot(double, double) __asm__("math.archHypot");
START_TEST(test_math_time) {
  double got[] = {math_archExp(1), math_archExp(-745), math_archLog(10), math_archHypot(3, 4)};
  static const uint64_t want_bits[] = {0x4005BF0A8B145769ull, 0x0000000000000001ull,
                                       0x40026BB1BBB55516ull, 0x4014000000000000ull};
  for (size_t i = 0; i < sizeof want_bits / sizeof want_bits[0]; i++) {
    uint64_t b;
    memcpy(&b, &got[i], 8);
    ck_assert_msg(b == want_bits[i], "math case %zu: got %016llx want %016llx", i,
                  (unsigned long long)b, (unsigned long long)want_bits[i]);
  }
  static const int64_t durs[] = {0, 1500, 1500000000, 7200000000000, 100000000, -90000000000};
  static const char *const dwant[] = {"0s", "1.5\xc2\xb5s", "1.5s", "2h0m0s", "100ms", "-1m30s"};
  for (int i = 0; i < 6; i++) ck_assert_str_eq(cstr(time_Duration_String(durs[i])), dwant[i]);
}
END_TEST

/* Ryu (the fast shortest path) against Go's older exact algorithm on random bit patterns */
START_TEST(test_shortest_ryu_vs_reference) {
  uint64_t x = 0x9E3779B97F4A7C15ull;
  for (int i = 0; i < 200000; i++) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17; /* xorshift64 */
    double d;
    uint64_t bits = i % 3 == 0 ? x : (x & 0x800FFFFFFFFFFFFFull) | ((uint64_t)(1023 + (int)(x % 120) - 60) << 52);
    memcpy(&d, &bits, 8);
    if (isnan(d)) continue;
    int bitsize = i % 4 == 3 ? 32 : 64;
    int fmt = "gef"[i % 3];
    RtBuf a, b;
    rt_buf_init(&a);
    rt_buf_init(&b);
    lib_append_float(&a, d, fmt, -1, bitsize);
    lib_shortest_reference(&b, d, fmt, bitsize);
    rt_buf_putc(&a, 0);
    rt_buf_putc(&b, 0);
    ck_assert_str_eq((char *)a.p, (char *)b.p);
    rt_buf_free(&a);
    rt_buf_free(&b);
  }
}
END_TEST

static Suite *fmt_suite(void) {
  Suite *s = suite_create("stdlib");
  TCase *tc = tcase_create("fmt");
  tcase_add_test(tc, test_fmt_golden);
  tcase_add_test(tc, test_shortest_ryu_vs_reference);
  tcase_add_test(tc, test_math_time);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(fmt_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? 1 : 0;
}
