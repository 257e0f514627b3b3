/* strconv.c — package strconv (sema/prelude/strconv.go): Itoa/Atoi, Format/Parse of ints,
 * uints, floats and bools, Quote/QuoteRune/Unquote, and *strconv.NumError with Go's exact
 * messages (`strconv.Atoi: parsing "abc": invalid syntax`). Also the quoting and IsPrint
 * helpers fmt uses for %q (lib_append_quote*).
 *
 * Results of two words or fewer come back by value; (value, error) pairs are three words and
 * go through `ret` (gort.h): struct { int64_t v; GoIface err; }.
 */
#include "lib_internal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>

typedef struct { int64_t v; GoIface err; } IntErr;
typedef struct { double v; GoIface err; } FloatErr;
typedef struct { bool v; GoIface err; } BoolErr;
typedef struct { GoString v; GoIface err; } StrErr;

static const char lowerhex[] = "0123456789abcdef";

/* ---- ErrRange / ErrSyntax ---- */

GoIface strconv_ErrRange, strconv_ErrSyntax;
static uint64_t errrange_store[2], errsyntax_store[2];

__attribute__((constructor)) static void strconv_init(void) {
  strconv_ErrRange = lib_errors_static(errrange_store, "value out of range");
  strconv_ErrSyntax = lib_errors_static(errsyntax_store, "invalid syntax");
}

/* ---- *strconv.NumError ---- */

typedef struct NumError { GoString Func, Num; GoIface Err; } NumError;

GoString strconv_NumError_Error(NumError *e) {
  RtBuf b;
  rt_buf_init(&b);
  rt_buf_puts(&b, "strconv.");
  rt_buf_write(&b, e->Func.ptr, e->Func.len);
  rt_buf_puts(&b, ": parsing ");
  lib_append_quote(&b, e->Num.ptr, e->Num.len, false);
  rt_buf_puts(&b, ": ");
  if (e->Err.itab) {
    GoString m = ((GoString(*)(void *))e->Err.itab->fun[0])(e->Err.data);
    rt_buf_write(&b, m.ptr, m.len);
  } else {
    rt_buf_puts(&b, "<nil>");
  }
  GoString s = rt_buf_string(&b);
  rt_buf_free(&b);
  return s;
}

static const uint8_t numerr_mask[1] = {0x35}; /* Func.ptr, Num.ptr, Err.itab, Err.data */
static const uint8_t mask_w0[1] = {0x1};
static const GoField numerr_fields[3] = {{"Func", &gort_type_string, 0, 0, 1},
                                         {"Num", &gort_type_string, 16, 0, 1},
                                         {"Err", &gort_type_error, 32, 0, 1}};
static const GoType numerr_type = {48, 48, numerr_mask, 0x6603d8aeu, GOK_STRUCT, 8,
    GOTF_NAMED | GOTF_COMPARABLE, 0, "strconv.NumError", NULL, NULL, 0, 3, 0, numerr_fields,
    NULL};
static GoIface NumError_Unwrap(NumError *e) { return e->Err; }
static const GoMethod numerr_methods[2] = {
    {"Error", "() string", (void *)strconv_NumError_Error},
    {"Unwrap", "() error", (void *)NumError_Unwrap}};
const GoType lib_type_NumError_ptr = {8, 8, mask_w0, 0x847d47c6u, GOK_PTR, 8, GOTF_COMPARABLE,
    0, "*strconv.NumError", &numerr_type, NULL, 0, 0, 2, NULL, numerr_methods};
static const GoItab *numerr_itab;

static GoIface num_error(const char *fn, const uint8_t *s, int64_t n, GoIface err) {
  NumError *e = rt_alloc_typed(&numerr_type, 1);
  e->Func = rt_str_static(fn);
  e->Num = rt_strn(s, n);
  e->Err = err;
  return lib_make_error(&lib_type_NumError_ptr, e, &numerr_itab);
}

static GoIface syntax_error(const char *fn, const uint8_t *s, int64_t n) {
  return num_error(fn, s, n, strconv_ErrSyntax);
}
static GoIface range_error(const char *fn, const uint8_t *s, int64_t n) {
  return num_error(fn, s, n, strconv_ErrRange);
}

static GoIface msg_error(const char *fn, const uint8_t *s, int64_t n, const char *what,
                         int64_t v) {
  RtBuf b;
  rt_buf_init(&b);
  rt_buf_printf(&b, "%s %lld", what, (long long)v);
  GoIface e = lib_errors_new(rt_buf_string(&b));
  rt_buf_free(&b);
  return num_error(fn, s, n, e);
}

/* ---- integers to text ---- */

void lib_append_uint(RtBuf *b, uint64_t v, int base) {
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  char tmp[65];
  int i = 65;
  do {
    tmp[--i] = digits[v % (unsigned)base];
    v /= (unsigned)base;
  } while (v);
  rt_buf_write(b, tmp + i, 65 - i);
}

void lib_append_int(RtBuf *b, int64_t v, int base) {
  if (v < 0) {
    rt_buf_putc(b, '-');
    lib_append_uint(b, -(uint64_t)v, base);
  } else {
    lib_append_uint(b, (uint64_t)v, base);
  }
}

static GoString buf_done(RtBuf *b) {
  GoString s = rt_buf_string(b);
  rt_buf_free(b);
  return s;
}

static void check_base(int64_t base) {
  if (base < 2 || base > 36) rt_panic_string("strconv: illegal AppendInt/FormatInt base");
}

GoString strconv_FormatInt(int64_t i, int64_t base) {
  check_base(base);
  RtBuf b;
  rt_buf_init(&b);
  lib_append_int(&b, i, (int)base);
  return buf_done(&b);
}

GoString strconv_FormatUint(uint64_t i, int64_t base) {
  check_base(base);
  RtBuf b;
  rt_buf_init(&b);
  lib_append_uint(&b, i, (int)base);
  return buf_done(&b);
}

GoString strconv_Itoa(int64_t i) { return strconv_FormatInt(i, 10); }

GoString strconv_FormatBool(bool v) { return rt_str_static(v ? "true" : "false"); }

GoString strconv_FormatFloat(double f, uint8_t fmt, int64_t prec, int64_t bitsize) {
  if (bitsize != 32 && bitsize != 64)
    rt_panic_string("strconv: illegal AppendFloat/FormatFloat bitSize");
  RtBuf b;
  rt_buf_init(&b);
  lib_append_float(&b, f, fmt, (int)prec, (int)bitsize);
  return buf_done(&b);
}

/* ---- text to integers (atoi.go) ---- */

static uint8_t lower(uint8_t c) { return c | ('x' - 'X'); }

/* underscoreOK: underscores only between digits or after a base prefix */
static bool underscore_ok(const uint8_t *s, int64_t n) {
  int saw = '^';
  int64_t i = 0;
  if (n >= 1 && (s[0] == '-' || s[0] == '+')) {
    s++;
    n--;
  }
  bool hex = false;
  if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lower(s[1]) == 'x';
  }
  for (; i < n; i++) {
    if (('0' <= s[i] && s[i] <= '9') || (hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f')) {
      saw = '0';
      continue;
    }
    if (s[i] == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

static uint64_t parse_uint(const char *fn, const uint8_t *s0, int64_t n0, int64_t base,
                           int64_t bitsize, GoIface *err) {
  err->itab = NULL;
  err->data = NULL;
  if (n0 == 0) {
    *err = syntax_error(fn, s0, n0);
    return 0;
  }
  const uint8_t *s = s0;
  int64_t n = n0;
  bool base0 = base == 0;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (n >= 3 && lower(s[1]) == 'b') {
        base = 2, s += 2, n -= 2;
      } else if (n >= 3 && lower(s[1]) == 'o') {
        base = 8, s += 2, n -= 2;
      } else if (n >= 3 && lower(s[1]) == 'x') {
        base = 16, s += 2, n -= 2;
      } else {
        base = 8, s += 1, n -= 1;
      }
    }
  } else if (base < 2 || base > 36) {
    *err = msg_error(fn, s0, n0, "invalid base", base);
    return 0;
  }
  if (bitsize == 0) {
    bitsize = 64;
  } else if (bitsize < 0 || bitsize > 64) {
    *err = msg_error(fn, s0, n0, "invalid bit size", bitsize);
    return 0;
  }
  uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
  uint64_t maxval = bitsize == 64 ? UINT64_MAX : ((uint64_t)1 << bitsize) - 1;
  bool underscores = false;
  uint64_t v = 0;
  for (int64_t i = 0; i < n; i++) {
    uint8_t c = s[i], d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if ('0' <= c && c <= '9') {
      d = c - '0';
    } else if ('a' <= lower(c) && lower(c) <= 'z') {
      d = lower(c) - 'a' + 10;
    } else {
      *err = syntax_error(fn, s0, n0);
      return 0;
    }
    if (d >= base) {
      *err = syntax_error(fn, s0, n0);
      return 0;
    }
    if (v >= cutoff) {
      *err = range_error(fn, s0, n0);
      return maxval;
    }
    v *= (uint64_t)base;
    uint64_t v1 = v + d;
    if (v1 < v || v1 > maxval) {
      *err = range_error(fn, s0, n0);
      return maxval;
    }
    v = v1;
  }
  if (underscores && !underscore_ok(s0, n0)) {
    *err = syntax_error(fn, s0, n0);
    return 0;
  }
  return v;
}

static bool is_range_err(GoIface err) {
  return err.itab && ((NumError *)err.data)->Err.data == strconv_ErrRange.data;
}

static int64_t parse_int(const char *fn, const uint8_t *s0, int64_t n0, int64_t base,
                         int64_t bitsize, GoIface *err) {
  if (n0 == 0) {
    *err = syntax_error(fn, s0, n0);
    return 0;
  }
  const uint8_t *s = s0;
  int64_t n = n0;
  bool neg = false;
  if (s[0] == '+') {
    s++, n--;
  } else if (s[0] == '-') {
    neg = true;
    s++, n--;
  }
  uint64_t un = parse_uint(fn, s, n, base, bitsize, err);
  if (err->itab && !is_range_err(*err)) {
    NumError *ne = err->data;
    ne->Num = rt_strn(s0, n0);
    return 0;
  }
  if (bitsize == 0) bitsize = 64;
  uint64_t cutoff = (uint64_t)1 << (bitsize - 1);
  if (!neg && un >= cutoff) {
    *err = range_error(fn, s0, n0);
    return (int64_t)(cutoff - 1);
  }
  if (neg && un > cutoff) {
    *err = range_error(fn, s0, n0);
    return (int64_t)(0 - cutoff);
  }
  err->itab = NULL;
  err->data = NULL;
  return neg ? (int64_t)(0 - un) : (int64_t)un;
}

void strconv_ParseUint(IntErr *ret, const uint8_t *s, int64_t n, int64_t base, int64_t bits) {
  ret->v = (int64_t)parse_uint("ParseUint", s, n, base, bits, &ret->err);
}

void strconv_ParseInt(IntErr *ret, const uint8_t *s, int64_t n, int64_t base, int64_t bits) {
  ret->v = parse_int("ParseInt", s, n, base, bits, &ret->err);
}

void strconv_Atoi(IntErr *ret, const uint8_t *s0, int64_t n0) {
  GoIface none = {NULL, NULL};
  ret->err = none;
  if (0 < n0 && n0 < 19) { /* fast path: fits in an int */
    const uint8_t *s = s0;
    int64_t n = n0;
    if (s[0] == '-' || s[0] == '+') {
      s++, n--;
      if (n < 1) {
        ret->v = 0;
        ret->err = syntax_error("Atoi", s0, n0);
        return;
      }
    }
    int64_t v = 0;
    for (int64_t i = 0; i < n; i++) {
      uint8_t d = s[i] - '0';
      if (d > 9) {
        ret->v = 0;
        ret->err = syntax_error("Atoi", s0, n0);
        return;
      }
      v = v * 10 + d;
    }
    ret->v = s0[0] == '-' ? -v : v;
    return;
  }
  ret->v = parse_int("Atoi", s0, n0, 10, 0, &ret->err);
}

void strconv_ParseBool(BoolErr *ret, const uint8_t *s, int64_t n) {
  static const char *const yes[] = {"1", "t", "T", "TRUE", "true", "True"};
  static const char *const no[] = {"0", "f", "F", "FALSE", "false", "False"};
  GoIface none = {NULL, NULL};
  ret->err = none;
  for (int i = 0; i < 6; i++) {
    if ((int64_t)strlen(yes[i]) == n && memcmp(yes[i], s, (size_t)n) == 0) {
      ret->v = true;
      return;
    }
    if ((int64_t)strlen(no[i]) == n && memcmp(no[i], s, (size_t)n) == 0) {
      ret->v = false;
      return;
    }
  }
  ret->v = false;
  ret->err = syntax_error("ParseBool", s, n);
}

/* ---- text to floats ---- */

/* length of the common prefix of s and the lower-case word w, ignoring case */
static int64_t prefix_fold(const uint8_t *s, int64_t n, const char *w) {
  int64_t i = 0;
  while (i < n && w[i] && (s[i] | 0x20) == w[i]) i++;
  return i;
}

/* Go's special(): ±inf, ±infinity, nan (whole string); returns true and sets *v */
static bool parse_special(const uint8_t *s, int64_t n, double *v) {
  if (n == 0) return false;
  double sign = 1;
  int64_t ns = 0;
  if (s[0] == '+' || s[0] == '-') {
    sign = s[0] == '-' ? -1 : 1;
    ns = 1;
  } else if ((s[0] | 0x20) == 'n') {
    if (n == 3 && prefix_fold(s, n, "nan") == 3) {
      uint64_t gonan = 0x7FF8000000000001ull; /* math.NaN()'s bits */
      memcpy(v, &gonan, 8);
      return true;
    }
    return false;
  }
  int64_t k = prefix_fold(s + ns, n - ns, "infinity");
  if (3 < k && k < 8) k = 3;
  if ((k == 3 || k == 8) && ns + k == n) {
    *v = sign * INFINITY;
    return true;
  }
  return false;
}

/* Go's readFloat syntax check: [sign] (digits [. digits] | . digits) [e [sign] digits], or
 * 0x hex mantissa with a mandatory p exponent; '_' between digits (checked by underscoreOK) */
static bool float_syntax_ok(const uint8_t *s, int64_t n) {
  int64_t i = 0;
  if (i < n && (s[i] == '+' || s[i] == '-')) i++;
  bool hex = i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x';
  if (hex) i += 2;
  bool digits = false, dot = false, underscores = false;
  for (; i < n; i++) {
    uint8_t c = s[i];
    if (c == '_') {
      underscores = true;
    } else if (c == '.') {
      if (dot) return false;
      dot = true;
    } else if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f')) {
      digits = true;
    } else {
      break;
    }
  }
  if (!digits) return false;
  int64_t mant_end = i;
  if (i < n && lower(s[i]) == (hex ? 'p' : 'e')) {
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    bool ed = false;
    for (; i < n && (('0' <= s[i] && s[i] <= '9') || s[i] == '_'); i++) {
      if (s[i] == '_')
        underscores = true;
      else
        ed = true;
    }
    if (!ed) return false;
  } else if (hex) {
    return false;
  }
  (void)mant_end;
  if (i != n) return false;
  return !underscores || underscore_ok(s, n);
}

void strconv_ParseFloat(FloatErr *ret, const uint8_t *s, int64_t n, int64_t bitsize) {
  GoIface none = {NULL, NULL};
  ret->err = none;
  ret->v = 0;
  double v;
  if (parse_special(s, n, &v)) {
    ret->v = bitsize == 32 ? (double)(float)v : v;
    return;
  }
  if (!float_syntax_ok(s, n)) {
    ret->err = syntax_error("ParseFloat", s, n);
    return;
  }
  char small[128];
  char *c = n < 127 ? small : malloc((size_t)n + 1);
  int64_t k = 0;
  for (int64_t i = 0; i < n; i++)
    if (s[i] != '_') c[k++] = (char)s[i];
  c[k] = 0;
  errno = 0;
  if (bitsize == 32)
    v = strtof(c, NULL);
  else
    v = strtod(c, NULL);
  if (c != small) free(c);
  ret->v = v;
  if (isinf(v)) ret->err = range_error("ParseFloat", s, n);
}

/* ---- quoting (quote.go) ---- */

static bool in_ranges(const uint32_t (*tab)[2], int len, uint32_t r) {
  int lo = 0, hi = len;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if (r < tab[m][0])
      hi = m;
    else if (r > tab[m][1])
      lo = m + 1;
    else
      return true;
  }
  return false;
}

extern const uint32_t lib_tab_print[][2], lib_tab_graphic[][2];
extern const int lib_tab_print_len, lib_tab_graphic_len;

bool lib_isprint(int32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  return in_ranges(lib_tab_print, lib_tab_print_len, (uint32_t)r);
}

bool lib_isgraphic(int32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  return in_ranges(lib_tab_graphic, lib_tab_graphic_len, (uint32_t)r);
}

bool lib_can_backquote(const uint8_t *s, int64_t n) {
  for (int64_t i = 0; i < n;) {
    int w = 1;
    int32_t r = s[i];
    if (r >= 0x80) r = rt_decoderune(s + i, n - i, &w);
    i += w;
    if (w > 1) {
      if (r == 0xFEFF) return false;
      continue;
    }
    if (r == 0xFFFD) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

static void append_escaped_rune(RtBuf *b, int32_t r, int quote, bool ascii) {
  if (r == quote || r == '\\') {
    rt_buf_putc(b, '\\');
    rt_buf_putc(b, r);
    return;
  }
  if (ascii) {
    if (r < 0x80 && lib_isprint(r)) {
      rt_buf_putc(b, r);
      return;
    }
  } else if (lib_isprint(r)) {
    rt_buf_rune(b, r);
    return;
  }
  switch (r) {
  case '\a': rt_buf_puts(b, "\\a"); return;
  case '\b': rt_buf_puts(b, "\\b"); return;
  case '\f': rt_buf_puts(b, "\\f"); return;
  case '\n': rt_buf_puts(b, "\\n"); return;
  case '\r': rt_buf_puts(b, "\\r"); return;
  case '\t': rt_buf_puts(b, "\\t"); return;
  case '\v': rt_buf_puts(b, "\\v"); return;
  }
  if (r < ' ' || r == 0x7F) {
    rt_buf_puts(b, "\\x");
    rt_buf_putc(b, lowerhex[(r >> 4) & 0xF]);
    rt_buf_putc(b, lowerhex[r & 0xF]);
    return;
  }
  if (r > 0x10FFFF || (0xD800 <= r && r < 0xE000)) r = 0xFFFD;
  if (r < 0x10000) {
    rt_buf_puts(b, "\\u");
    for (int s = 12; s >= 0; s -= 4) rt_buf_putc(b, lowerhex[(r >> s) & 0xF]);
  } else {
    rt_buf_puts(b, "\\U");
    for (int s = 28; s >= 0; s -= 4) rt_buf_putc(b, lowerhex[(r >> s) & 0xF]);
  }
}

void lib_append_quote(RtBuf *b, const uint8_t *s, int64_t n, bool ascii) {
  rt_buf_putc(b, '"');
  for (int64_t i = 0; i < n;) {
    int w = 1;
    int32_t r = s[i];
    if (r >= 0x80) r = rt_decoderune(s + i, n - i, &w);
    if (w == 1 && r == 0xFFFD) {
      rt_buf_puts(b, "\\x");
      rt_buf_putc(b, lowerhex[s[i] >> 4]);
      rt_buf_putc(b, lowerhex[s[i] & 0xF]);
      i++;
      continue;
    }
    append_escaped_rune(b, r, '"', ascii);
    i += w;
  }
  rt_buf_putc(b, '"');
}

void lib_append_quote_rune(RtBuf *b, int32_t r, bool ascii) {
  rt_buf_putc(b, '\'');
  if (r < 0 || r > 0x10FFFF || (0xD800 <= r && r < 0xE000)) r = 0xFFFD;
  append_escaped_rune(b, r, '\'', ascii);
  rt_buf_putc(b, '\'');
}

GoString strconv_Quote(const uint8_t *s, int64_t n) {
  RtBuf b;
  rt_buf_init(&b);
  lib_append_quote(&b, s, n, false);
  return buf_done(&b);
}

GoString strconv_QuoteRune(int32_t r) {
  RtBuf b;
  rt_buf_init(&b);
  lib_append_quote_rune(&b, r, false);
  return buf_done(&b);
}

/* ---- Unquote ---- */

static int unhex(uint8_t c) {
  if ('0' <= c && c <= '9') return c - '0';
  if ('a' <= lower(c) && lower(c) <= 'f') return lower(c) - 'a' + 10;
  return -1;
}

/* UnquoteChar: decodes one (possibly escaped) character of s[*i..n) into b */
static bool unquote_char(RtBuf *b, const uint8_t *s, int64_t n, int64_t *i, int quote) {
  uint8_t c = s[*i];
  if (c == quote && (quote == '\'' || quote == '"')) return false;
  if (c >= 0x80) {
    int w;
    int32_t r = rt_decoderune(s + *i, n - *i, &w);
    rt_buf_rune(b, r);
    *i += w;
    return true;
  }
  if (c != '\\') {
    rt_buf_putc(b, c);
    (*i)++;
    return true;
  }
  if (*i + 1 >= n) return false;
  c = s[*i + 1];
  *i += 2;
  static const char esc_in[] = "abfnrtv\\", esc_out[] = "\a\b\f\n\r\t\v\\";
  const char *e = c ? strchr(esc_in, c) : NULL;
  if (e) {
    rt_buf_putc(b, esc_out[e - esc_in]);
    return true;
  }
  if (c == 'x' || c == 'u' || c == 'U') {
    int k = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    if (n - *i < k) return false;
    int32_t v = 0;
    for (int j = 0; j < k; j++) {
      int x = unhex(s[*i + j]);
      if (x < 0) return false;
      v = v << 4 | x;
    }
    *i += k;
    if (c == 'x') {
      rt_buf_putc(b, v);
      return true;
    }
    if (v < 0 || v > 0x10FFFF || (0xD800 <= v && v < 0xE000)) return false;
    rt_buf_rune(b, v);
    return true;
  }
  if ('0' <= c && c <= '7') {
    int v = c - '0';
    if (n - *i < 2) return false;
    for (int j = 0; j < 2; j++) {
      int x = s[*i + j] - '0';
      if (x < 0 || x > 7) return false;
      v = v << 3 | x;
    }
    *i += 2;
    if (v > 255) return false;
    rt_buf_putc(b, v);
    return true;
  }
  if ((c == '\'' || c == '"') && c == quote) {
    rt_buf_putc(b, c);
    return true;
  }
  return false;
}

static bool unquote(RtBuf *b, const uint8_t *s, int64_t n) {
  if (n < 2) return false;
  uint8_t q = s[0];
  if (q != s[n - 1]) return false;
  if (q == '`') {
    for (int64_t i = 1; i < n - 1; i++) {
      if (s[i] == '`') return false;
      if (s[i] != '\r') rt_buf_putc(b, s[i]);
    }
    return true;
  }
  if (q != '"' && q != '\'') return false;
  if (n == 2) return true; /* Go 1.19 accepts '' (its fast path decodes no rune) */
  int64_t i = 1;
  int count = 0;
  while (i < n - 1) {
    if (s[i] == '\n') return false;
    if (!unquote_char(b, s, n - 1, &i, q)) return false;
    count++;
    if (q == '\'' && i != n - 1) return false;
  }
  if (q == '\'' && count != 1) return false;
  return true;
}

void strconv_Unquote(StrErr *ret, const uint8_t *s, int64_t n) {
  RtBuf b;
  rt_buf_init(&b);
  GoIface none = {NULL, NULL};
  if (unquote(&b, s, n)) {
    ret->v = buf_done(&b);
    ret->err = none;
  } else {
    rt_buf_free(&b);
    ret->v = rt_str_static("");
    ret->err = strconv_ErrSyntax;
  }
}

/* ---- ASCII quoting and the Append* forms ---- */

GoString strconv_QuoteToASCII(const uint8_t *s, int64_t n) {
  RtBuf b;
  rt_buf_init(&b);
  lib_append_quote(&b, s, n, true);
  return buf_done(&b);
}

GoString strconv_QuoteRuneToASCII(int32_t r) {
  RtBuf b;
  rt_buf_init(&b);
  lib_append_quote_rune(&b, r, true);
  return buf_done(&b);
}

/* dst + the bytes of b, grown by Go's append rule; written through ret */
static void append_bytes(GoSlice *ret, uint8_t *p, int64_t len, int64_t cap, RtBuf *b) {
  GoSlice s = {p, len, cap};
  if (cap - len < b->len) {
    gort_growslice(&s, &gort_type_uint8, p, len, cap, b->len);
    s.len -= b->len;
  }
  if (b->len) memcpy((uint8_t *)s.ptr + s.len, b->p, (size_t)b->len);
  s.len += b->len;
  rt_buf_free(b);
  *ret = s;
}

void strconv_AppendInt(GoSlice *ret, uint8_t *p, int64_t len, int64_t cap, int64_t i,
                       int64_t base) {
  check_base(base);
  RtBuf b;
  rt_buf_init(&b);
  lib_append_int(&b, i, (int)base);
  append_bytes(ret, p, len, cap, &b);
}

void strconv_AppendQuote(GoSlice *ret, uint8_t *p, int64_t len, int64_t cap, const uint8_t *s,
                         int64_t n) {
  RtBuf b;
  rt_buf_init(&b);
  lib_append_quote(&b, s, n, false);
  append_bytes(ret, p, len, cap, &b);
}
