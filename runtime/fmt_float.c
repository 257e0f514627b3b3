/* fmt_float.c — floating-point to text exactly like Go's strconv.AppendFloat (ftoa.go):
 * formats 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X', fixed precision or shortest (prec < 0), 32- or
 * 64-bit. Shortest digits come from Ryu (a port of strconv/ftoaryu.go, 128-bit products with
 * the powers of ten of fmt_pow10.c); fixed-precision digits from a multi-precision decimal (a
 * port of strconv/decimal.go: mant·2^exp expanded exactly, up to 800 digits, rounded half to
 * even like Go's decimal.Round). Go's roundShortest over the decimal is kept as the reference
 * (lib_shortest_reference) the unit tests compare Ryu with.
 *
 * Example: 0.1 = 0x3FB999999999999A → decimal 0.1000000000000000055511151231257827…;
 * the shortest digits that read back as the same double are "1" with dp 0; 'g' shortest then
 * lays them out as "0.1".
 */
#include "lib_internal.h"

#include <string.h>

/* ---- the decimal (strconv/decimal.go) ---- */

enum { DEC_MAX = 800, MAX_SHIFT = 60 };

typedef struct Decimal {
  uint8_t d[DEC_MAX]; /* digits '0'..'9', big-endian */
  int nd;             /* digits used */
  int dp;             /* decimal point position */
  bool trunc;         /* nonzero digits were discarded beyond d[:nd] */
} Decimal;

static void dec_trim(Decimal *a) {
  while (a->nd > 0 && a->d[a->nd - 1] == '0') a->nd--;
  if (a->nd == 0) a->dp = 0;
}

static void dec_assign(Decimal *a, uint64_t v) {
  uint8_t buf[24];
  int n = 0;
  while (v > 0) {
    buf[n++] = (uint8_t)('0' + v % 10);
    v /= 10;
  }
  a->nd = 0;
  a->trunc = false;
  for (n--; n >= 0; n--) a->d[a->nd++] = buf[n];
  a->dp = a->nd;
  dec_trim(a);
}

/* a /= 2^k */
static void dec_right_shift(Decimal *a, unsigned k) {
  int r = 0, w = 0;
  uint64_t n = 0;
  for (; (n >> k) == 0; r++) {
    if (r >= a->nd) {
      if (n == 0) {
        a->nd = 0;
        return;
      }
      while ((n >> k) == 0) {
        n *= 10;
        r++;
      }
      break;
    }
    n = n * 10 + (uint64_t)(a->d[r] - '0');
  }
  a->dp -= r - 1;
  uint64_t mask = ((uint64_t)1 << k) - 1;
  for (; r < a->nd; r++) {
    uint64_t c = a->d[r];
    uint64_t dig = n >> k;
    n &= mask;
    a->d[w++] = (uint8_t)(dig + '0');
    n = n * 10 + c - '0';
  }
  while (n > 0) {
    uint64_t dig = n >> k;
    n &= mask;
    if (w < DEC_MAX)
      a->d[w++] = (uint8_t)(dig + '0');
    else if (dig > 0)
      a->trunc = true;
    n *= 10;
  }
  a->nd = w;
  dec_trim(a);
}

/* a *= 2^k: digits are produced right to left into a scratch buffer, then the most
 * significant DEC_MAX of them are kept (like Go's leftShift, without its cheat table). */
static void dec_left_shift(Decimal *a, unsigned k) {
  uint8_t tmp[DEC_MAX + 32];
  int w = (int)sizeof tmp;
  uint64_t n = 0;
  for (int r = a->nd - 1; r >= 0; r--) {
    n += (uint64_t)(a->d[r] - '0') << k;
    tmp[--w] = (uint8_t)('0' + n % 10);
    n /= 10;
  }
  while (n > 0) {
    tmp[--w] = (uint8_t)('0' + n % 10);
    n /= 10;
  }
  int len = (int)sizeof tmp - w;
  int delta = len - a->nd;
  int keep = len < DEC_MAX ? len : DEC_MAX;
  for (int i = keep; i < len; i++)
    if (tmp[w + i] != '0') a->trunc = true;
  memcpy(a->d, tmp + w, (size_t)keep);
  a->nd = keep;
  a->dp += delta;
  dec_trim(a);
}

static void dec_shift(Decimal *a, int k) {
  if (a->nd == 0) return;
  if (k > 0) {
    while (k > MAX_SHIFT) {
      dec_left_shift(a, MAX_SHIFT);
      k -= MAX_SHIFT;
    }
    dec_left_shift(a, (unsigned)k);
  } else if (k < 0) {
    while (k < -MAX_SHIFT) {
      dec_right_shift(a, MAX_SHIFT);
      k += MAX_SHIFT;
    }
    dec_right_shift(a, (unsigned)-k);
  }
}

static bool dec_should_round_up(const Decimal *a, int nd) {
  if (nd < 0 || nd >= a->nd) return false;
  if (a->d[nd] == '5' && nd + 1 == a->nd) { /* exactly halfway: round to even */
    if (a->trunc) return true;
    return nd > 0 && (a->d[nd - 1] - '0') % 2 != 0;
  }
  return a->d[nd] >= '5';
}

static void dec_round_down(Decimal *a, int nd) {
  if (nd < 0 || nd >= a->nd) return;
  a->nd = nd;
  dec_trim(a);
}

static void dec_round_up(Decimal *a, int nd) {
  if (nd < 0 || nd >= a->nd) return;
  for (int i = nd - 1; i >= 0; i--) {
    if (a->d[i] < '9') {
      a->d[i]++;
      a->nd = i + 1;
      return;
    }
  }
  a->d[0] = '1';
  a->nd = 1;
  a->dp++;
}

static void dec_round(Decimal *a, int nd) {
  if (nd < 0 || nd >= a->nd) return;
  if (dec_should_round_up(a, nd))
    dec_round_up(a, nd);
  else
    dec_round_down(a, nd);
}

/* ---- shortest (ftoa.go roundShortest) ---- */

typedef struct FloatInfo { unsigned mantbits, expbits; int bias; } FloatInfo;
static const FloatInfo f32info = {23, 8, -127}, f64info = {52, 11, -1023};

static void round_shortest(Decimal *d, uint64_t mant, int exp, const FloatInfo *flt) {
  if (mant == 0) {
    d->nd = 0;
    return;
  }
  int minexp = flt->bias + 1;
  if (exp > minexp && 332 * (d->dp - d->nd) >= 100 * (exp - (int)flt->mantbits)) return;
  static _Thread_local Decimal upper, lower;
  dec_assign(&upper, mant * 2 + 1);
  dec_shift(&upper, exp - (int)flt->mantbits - 1);
  uint64_t mantlo;
  int explo;
  if (mant > ((uint64_t)1 << flt->mantbits) || exp == minexp) {
    mantlo = mant - 1;
    explo = exp;
  } else {
    mantlo = mant * 2 - 1;
    explo = exp - 1;
  }
  dec_assign(&lower, mantlo * 2 + 1);
  dec_shift(&lower, explo - (int)flt->mantbits - 1);
  bool inclusive = mant % 2 == 0;
  int upperdelta = 0;
  for (int ui = 0;; ui++) {
    int mi = ui - upper.dp + d->dp;
    if (mi >= d->nd) break;
    int li = ui - upper.dp + lower.dp;
    uint8_t l = (li >= 0 && li < lower.nd) ? lower.d[li] : '0';
    uint8_t m = mi >= 0 ? d->d[mi] : '0';
    uint8_t u = ui < upper.nd ? upper.d[ui] : '0';
    bool okdown = l != m || (inclusive && li + 1 == lower.nd);
    if (upperdelta == 0 && m + 1 < u)
      upperdelta = 2;
    else if (upperdelta == 0 && m != u)
      upperdelta = 1;
    else if (upperdelta == 1 && (m != '9' || u != '0'))
      upperdelta = 2;
    bool okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.nd);
    if (okdown && okup) {
      dec_round(d, mi + 1);
      return;
    } else if (okdown) {
      dec_round_down(d, mi + 1);
      return;
    } else if (okup) {
      dec_round_up(d, mi + 1);
      return;
    }
  }
}

/* ---- layout (ftoa.go fmtE / fmtF / fmtB / fmtX) over a digit view ---- */

typedef struct Digits { const uint8_t *d; int nd, dp; } Digits; /* Go's decimalSlice */

static int imax(int a, int b) { return a > b ? a : b; }
static int imin(int a, int b) { return a < b ? a : b; }

static void fmt_e(RtBuf *b, bool neg, const Digits *d, int prec, int fmt) {
  if (neg) rt_buf_putc(b, '-');
  rt_buf_putc(b, d->nd != 0 ? d->d[0] : '0');
  if (prec > 0) {
    rt_buf_putc(b, '.');
    int i = 1, m = imin(d->nd, prec + 1);
    if (i < m) {
      rt_buf_write(b, d->d + i, m - i);
      i = m;
    }
    for (; i <= prec; i++) rt_buf_putc(b, '0');
  }
  rt_buf_putc(b, fmt);
  int exp = d->nd == 0 ? 0 : d->dp - 1;
  rt_buf_putc(b, exp < 0 ? '-' : '+');
  if (exp < 0) exp = -exp;
  if (exp < 10) {
    rt_buf_putc(b, '0');
    rt_buf_putc(b, '0' + exp);
  } else if (exp < 100) {
    rt_buf_putc(b, '0' + exp / 10);
    rt_buf_putc(b, '0' + exp % 10);
  } else {
    rt_buf_putc(b, '0' + exp / 100);
    rt_buf_putc(b, '0' + exp / 10 % 10);
    rt_buf_putc(b, '0' + exp % 10);
  }
}

static void fmt_f(RtBuf *b, bool neg, const Digits *d, int prec) {
  if (neg) rt_buf_putc(b, '-');
  if (d->dp > 0) {
    int m = imin(d->nd, d->dp);
    rt_buf_write(b, d->d, m);
    for (; m < d->dp; m++) rt_buf_putc(b, '0');
  } else {
    rt_buf_putc(b, '0');
  }
  if (prec > 0) {
    rt_buf_putc(b, '.');
    for (int i = 0; i < prec; i++) {
      int j = d->dp + i;
      rt_buf_putc(b, (0 <= j && j < d->nd) ? d->d[j] : '0');
    }
  }
}

static void fmt_b(RtBuf *b, bool neg, uint64_t mant, int exp, const FloatInfo *flt) {
  if (neg) rt_buf_putc(b, '-');
  lib_append_uint(b, mant, 10);
  rt_buf_putc(b, 'p');
  exp -= (int)flt->mantbits;
  if (exp >= 0) rt_buf_putc(b, '+');
  lib_append_int(b, exp, 10);
}

static void fmt_x(RtBuf *b, int prec, int fmt, bool neg, uint64_t mant, int exp,
                  const FloatInfo *flt) {
  if (mant == 0) exp = 0;
  mant <<= 60 - flt->mantbits;
  while (mant != 0 && (mant & ((uint64_t)1 << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = (unsigned)prec * 4;
    uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > ((uint64_t)1 << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & ((uint64_t)1 << 61)) {
      mant >>= 1;
      exp++;
    }
  }
  const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (neg) rt_buf_putc(b, '-');
  rt_buf_putc(b, '0');
  rt_buf_putc(b, fmt);
  rt_buf_putc(b, (int)('0' + ((mant >> 60) & 1)));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    rt_buf_putc(b, '.');
    for (; mant != 0; mant <<= 4) rt_buf_putc(b, hex[(mant >> 60) & 15]);
  } else if (prec > 0) {
    rt_buf_putc(b, '.');
    for (int i = 0; i < prec; i++, mant <<= 4) rt_buf_putc(b, hex[(mant >> 60) & 15]);
  }
  rt_buf_putc(b, fmt == 'X' ? 'P' : 'p');
  rt_buf_putc(b, exp < 0 ? '-' : '+');
  if (exp < 0) exp = -exp;
  if (exp < 100)
    rt_buf_printf(b, "%02d", exp);
  else
    rt_buf_printf(b, "%d", exp);
}

/* ftoa.go formatDigits */
static void format_digits(RtBuf *b, bool shortest, bool neg, const Digits *d, int prec,
                          int fmt) {
  switch (fmt) {
  case 'e':
  case 'E':
    fmt_e(b, neg, d, prec, fmt);
    return;
  case 'f':
    fmt_f(b, neg, d, prec);
    return;
  case 'g':
  case 'G': {
    int eprec = prec;
    if (eprec > d->nd && d->nd >= d->dp) eprec = d->nd;
    if (shortest) eprec = 6; /* %e when the exponent is < -4 or >= the precision */
    int exp = d->dp - 1;
    if (exp < -4 || exp >= eprec) {
      if (prec > d->nd) prec = d->nd;
      fmt_e(b, neg, d, prec - 1, fmt + 'e' - 'g');
      return;
    }
    if (prec > d->dp) prec = d->nd;
    fmt_f(b, neg, d, imax(prec - d->dp, 0));
    return;
  }
  }
  rt_buf_putc(b, '%');
  rt_buf_putc(b, fmt);
}

/* ---- Ryu shortest (ftoaryu.go): exact shortest digits with 128-bit arithmetic ---- */

extern const uint64_t lib_pow10_tab[696][2]; /* fmt_pow10.c: 10^-348 … 10^347 */
enum { POW10_MIN = -348 };

typedef struct DigBuf { uint8_t *d; int nd, dp; } DigBuf;

static int mul_log2_log10(int x) { return (x * 78913) >> 18; }
static int mul_log10_log2(int x) { return (x * 108853) >> 15; }

static void ryu_digits32(DigBuf *d, uint32_t lower, uint32_t central, uint32_t upper, bool c0,
                         bool cup, int endindex) {
  if (upper == 0) {
    d->dp = endindex + 1;
    return;
  }
  int trimmed = 0, cnext = 0;
  while (upper > 0) {
    uint32_t l = (lower + 9) / 10;
    uint32_t c = central / 10, cdigit = central % 10;
    uint32_t u = upper / 10;
    if (l > u) break;
    if (l == c + 1 && c < u) {
      c++;
      cdigit = 0;
      cup = false;
    }
    trimmed++;
    c0 = c0 && cnext == 0;
    cnext = (int)cdigit;
    lower = l, central = c, upper = u;
  }
  if (trimmed > 0)
    cup = cnext > 5 || (cnext == 5 && !c0) || (cnext == 5 && c0 && (central & 1) == 1);
  if (central < upper && cup) central++;
  endindex -= trimmed;
  uint32_t v = central;
  int n = endindex;
  while (n > d->nd) {
    uint32_t v1 = v / 100, v2 = v % 100;
    d->d[n] = (uint8_t)('0' + v2 % 10);
    d->d[n - 1] = (uint8_t)('0' + v2 / 10);
    n -= 2;
    v = v1;
  }
  if (n == d->nd) d->d[n] = (uint8_t)('0' + v);
  d->nd = endindex + 1;
  d->dp = d->nd + trimmed;
}

static void ryu_digits(DigBuf *d, uint64_t lower, uint64_t central, uint64_t upper, bool c0,
                       bool cup) {
  uint32_t lhi = (uint32_t)(lower / 1000000000), llo = (uint32_t)(lower % 1000000000);
  uint32_t chi = (uint32_t)(central / 1000000000), clo = (uint32_t)(central % 1000000000);
  uint32_t uhi = (uint32_t)(upper / 1000000000), ulo = (uint32_t)(upper % 1000000000);
  if (uhi == 0) {
    ryu_digits32(d, llo, clo, ulo, c0, cup, 8);
  } else if (lhi < uhi) {
    if (llo != 0) lhi++;
    c0 = c0 && clo == 0;
    cup = (clo > 500000000) || (clo == 500000000 && cup);
    ryu_digits32(d, lhi, chi, uhi, c0, cup, 8);
    d->dp += 9;
  } else {
    d->nd = 0;
    int n = 9;
    for (uint32_t v = chi; v > 0; v /= 10) d->d[--n] = (uint8_t)('0' + v % 10);
    d->d += n;
    d->nd = 9 - n;
    ryu_digits32(d, llo, clo, ulo, c0, cup, d->nd + 8);
  }
  while (d->nd > 0 && d->d[d->nd - 1] == '0') d->nd--;
  while (d->nd > 0 && d->d[0] == '0') {
    d->nd--;
    d->dp--;
    d->d++;
  }
}

static uint32_t mult64_pow10(uint32_t m, int e2, int q, int *rese, bool *exact) {
  if (q == 0) {
    *rese = e2 - 6;
    *exact = true;
    return m << 6;
  }
  uint64_t pow = lib_pow10_tab[q - POW10_MIN][1];
  if (q < 0) pow += 1;
  unsigned __int128 p = (unsigned __int128)m * pow;
  uint64_t hi = (uint64_t)(p >> 64), lo = (uint64_t)p;
  *rese = e2 + mul_log10_log2(q) - 63 + 57;
  *exact = lo << 7 == 0;
  return (uint32_t)(hi << 7 | lo >> 57);
}

static uint64_t mult128_pow10(uint64_t m, int e2, int q, int *rese, bool *exact) {
  if (q == 0) {
    *rese = e2 - 8;
    *exact = true;
    return m << 8;
  }
  uint64_t p0 = lib_pow10_tab[q - POW10_MIN][0], p1 = lib_pow10_tab[q - POW10_MIN][1];
  if (q < 0) p0 += 1;
  *rese = e2 + mul_log10_log2(q) - 127 + 119;
  unsigned __int128 l = (unsigned __int128)m * p0, h = (unsigned __int128)m * p1;
  uint64_t l1 = (uint64_t)(l >> 64), l0 = (uint64_t)l, h1 = (uint64_t)(h >> 64), h0 = (uint64_t)h;
  uint64_t mid = l1 + h0;
  h1 += mid < l1;
  *exact = mid << 9 == 0 && l0 == 0;
  return h1 << 9 | mid >> 55;
}

static bool divisible_pow5(uint64_t m, int k) {
  if (m == 0) return true;
  for (int i = 0; i < k; i++) {
    if (m % 5 != 0) return false;
    m /= 5;
  }
  return true;
}

/* ryuFtoaShortest: mant·2^exp (exp already minus mantbits) */
static void ryu_shortest(DigBuf *d, uint64_t mant, int exp, const FloatInfo *flt) {
  if (mant == 0) {
    d->nd = d->dp = 0;
    return;
  }
  if (exp <= 0 && __builtin_ctzll(mant) >= -exp) {
    mant >>= -exp;
    ryu_digits(d, mant, mant, mant, true, false);
    return;
  }
  uint64_t ml, mc, mu;
  int e2;
  if (mant != ((uint64_t)1 << flt->mantbits) || exp == flt->bias + 1 - (int)flt->mantbits) {
    ml = 2 * mant - 1, mc = 2 * mant, mu = 2 * mant + 1;
    e2 = exp - 1;
  } else {
    ml = 4 * mant - 1, mc = 4 * mant, mu = 4 * mant + 2;
    e2 = exp - 2;
  }
  if (e2 == 0) {
    ryu_digits(d, ml, mc, mu, true, false);
    return;
  }
  int q = mul_log2_log10(-e2) + 1, ignore;
  uint64_t dl, dc, du;
  bool dl0, dc0, du0;
  if (flt == &f32info) {
    dl = mult64_pow10((uint32_t)ml, e2, q, &ignore, &dl0);
    dc = mult64_pow10((uint32_t)mc, e2, q, &ignore, &dc0);
    du = mult64_pow10((uint32_t)mu, e2, q, &e2, &du0);
  } else {
    dl = mult128_pow10(ml, e2, q, &ignore, &dl0);
    dc = mult128_pow10(mc, e2, q, &ignore, &dc0);
    du = mult128_pow10(mu, e2, q, &e2, &du0);
  }
  if (q > 55) dl0 = dc0 = du0 = false;
  if (q < 0 && q >= -24) {
    if (divisible_pow5(ml, -q)) dl0 = true;
    if (divisible_pow5(mc, -q)) dc0 = true;
    if (divisible_pow5(mu, -q)) du0 = true;
  }
  unsigned extra = (unsigned)-e2;
  uint64_t mask = ((uint64_t)1 << extra) - 1;
  uint64_t fracl = dl & mask, fracc = dc & mask, fracu = du & mask;
  dl >>= extra, dc >>= extra, du >>= extra;
  bool uok = !du0 || fracu > 0;
  if (du0 && fracu == 0) uok = (mant & 1) == 0;
  if (!uok) du--;
  bool cup;
  uint64_t half = (uint64_t)1 << (extra - 1);
  if (dc0)
    cup = fracc > half || (fracc == half && (dc & 1) == 1);
  else
    cup = fracc >> (extra - 1) == 1;
  bool lok = dl0 && fracl == 0 && (mant & 1) == 0;
  if (!lok) dl++;
  bool c0 = dc0 && fracc == 0;
  ryu_digits(d, dl, dc, du, c0, cup);
  d->dp -= q;
}

static void append_float(RtBuf *b, double val, int fmt, int prec, int bitsize, bool ryu);

void lib_append_float(RtBuf *b, double val, int fmt, int prec, int bitsize) {
  append_float(b, val, fmt, prec, bitsize, true);
}

/* shortest formatting through Go's older exact algorithm (decimal + roundShortest): the
 * reference the unit tests check Ryu against */
void lib_shortest_reference(RtBuf *b, double val, int fmt, int bitsize) {
  append_float(b, val, fmt, -1, bitsize, false);
}

static void append_float(RtBuf *b, double val, int fmt, int prec, int bitsize, bool ryu) {
  const FloatInfo *flt = bitsize == 32 ? &f32info : &f64info;
  uint64_t bits;
  if (bitsize == 32) {
    float f = (float)val;
    uint32_t u;
    memcpy(&u, &f, 4);
    bits = u;
  } else {
    memcpy(&bits, &val, 8);
  }
  bool neg = (bits >> (flt->expbits + flt->mantbits)) != 0;
  int exp = (int)(bits >> flt->mantbits) & ((1 << flt->expbits) - 1);
  uint64_t mant = bits & (((uint64_t)1 << flt->mantbits) - 1);
  if (exp == (1 << flt->expbits) - 1) {
    rt_buf_puts(b, mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
    return;
  }
  if (exp == 0)
    exp++;
  else
    mant |= (uint64_t)1 << flt->mantbits;
  exp += flt->bias;
  if (fmt == 'b') {
    fmt_b(b, neg, mant, exp, flt);
    return;
  }
  if (fmt == 'x' || fmt == 'X') {
    fmt_x(b, prec, fmt, neg, mant, exp, flt);
    return;
  }
  bool shortest = prec < 0;
  if (shortest && ryu) {
    uint8_t buf[32];
    DigBuf db = {buf, 0, 0};
    ryu_shortest(&db, mant, exp - (int)flt->mantbits, flt);
    Digits v = {db.d, db.nd, db.dp};
    switch (fmt) {
    case 'e': case 'E': prec = imax(v.nd - 1, 0); break;
    case 'f': prec = imax(v.nd - v.dp, 0); break;
    case 'g': case 'G': prec = v.nd; break;
    }
    format_digits(b, true, neg, &v, prec, fmt);
    return;
  }
  /* exact digits from the multi-precision decimal (Go's bigFtoa) */
  static _Thread_local Decimal d;
  dec_assign(&d, mant);
  dec_shift(&d, exp - (int)flt->mantbits);
  if (shortest) {
    round_shortest(&d, mant, exp, flt);
    Digits v = {d.d, d.nd, d.dp};
    switch (fmt) {
    case 'e': case 'E': prec = imax(v.nd - 1, 0); break;
    case 'f': prec = imax(v.nd - v.dp, 0); break;
    case 'g': case 'G': prec = v.nd; break;
    }
    format_digits(b, true, neg, &v, prec, fmt);
    return;
  }
  switch (fmt) {
  case 'e': case 'E': dec_round(&d, prec + 1); break;
  case 'f': dec_round(&d, d.dp + prec); break;
  case 'g': case 'G':
    if (prec == 0) prec = 1;
    dec_round(&d, prec);
    break;
  }
  Digits v = {d.d, d.nd, d.dp};
  format_digits(b, false, neg, &v, prec, fmt);
}
