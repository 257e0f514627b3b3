/* math.c — package math (sema/prelude/math.go), bit-for-bit like Go 1.19 on this machine:
 * functions Go implements in portable Go (Sin, Cos, Tan, Atan, Asin, Acos, Atan2, Pow,
 * Cbrt, Log10, Log2, Log1p, Expm1, Exp2, Sinh, Cosh, Tanh, Modf) are ports of those
 * algorithms; functions Go implements in amd64 assembly (Exp — with its FMA variant when the
 * CPU has AVX+FMA, as Go picks at start-up —, Log, Hypot) are ports of the assembly; exact
 * operations (Sqrt, Floor, Ceil, Trunc, Round, RoundToEven, Mod, Remainder, Ldexp, Abs) use
 * libm, which is exact for them. A 1-ulp difference would show in the
 * shortest formatting fmt prints, hence the ports.
 *
 * Special values follow Go: Max(x, NaN) = NaN, Max(-0, +0) = +0, Min(-0, +0) = -0,
 * Round(±2.5) = ±3 (half away from zero), NaN() has the bits 0x7FF8000000000001.
 */
#include "lib_internal.h"

#include <math.h>

static uint64_t bits_of(double f) {
  uint64_t b;
  memcpy(&b, &f, 8);
  return b;
}
static double from_bits(uint64_t b) {
  double f;
  memcpy(&f, &b, 8);
  return f;
}

static const double Pi = 3.14159265358979323846264338327950288419716939937510582097494459;

/* ---- bits and special values ---- */

uint32_t math_Float32bits(float f) {
  uint32_t b;
  memcpy(&b, &f, 4);
  return b;
}
float math_Float32frombits(uint32_t b) {
  float f;
  memcpy(&f, &b, 4);
  return f;
}
uint64_t math_Float64bits(double f) { return bits_of(f); }
double math_Float64frombits(uint64_t b) { return from_bits(b); }
double math_NaN(void) { return from_bits(0x7FF8000000000001ull); }
double math_Inf(int64_t sign) { return sign >= 0 ? INFINITY : -INFINITY; }
bool math_IsNaN(double f) { return f != f; }
bool math_IsInf(double f, int64_t sign) {
  return (sign >= 0 && f > 1.7976931348623157e308) || (sign <= 0 && f < -1.7976931348623157e308);
}
bool math_Signbit(double x) { return (bits_of(x) >> 63) != 0; }
double math_Abs(double x) { return fabs(x); }

double math_Max(double x, double y) {
  if (isinf(x) && x > 0) return x;
  if (isinf(y) && y > 0) return y;
  if (x != x || y != y) return math_NaN();
  if (x == 0 && x == y) return signbit(x) ? y : x;
  return x > y ? x : y;
}

double math_Min(double x, double y) {
  if (isinf(x) && x < 0) return x;
  if (isinf(y) && y < 0) return y;
  if (x != x || y != y) return math_NaN();
  if (x == 0 && x == y) return signbit(x) ? x : y;
  return x < y ? x : y;
}

/* ---- exact operations ---- */

double math_Sqrt(double x) { return sqrt(x); }
double math_Floor(double x) { return floor(x); }
double math_Ceil(double x) { return ceil(x); }
double math_Trunc(double x) { return trunc(x); }
double math_Round(double x) { return round(x); }
double math_Mod(double x, double y) {
  if (y == 0 || isinf(x) || x != x || y != y) return math_NaN();
  return fmod(x, y);
}

/* ---- Hypot, Log, Exp: ports of Go's amd64 assembly ---- */

double math_Hypot(double p, double q) {
  p = fabs(p);
  q = fabs(q);
  if (isinf(p) || isinf(q)) return INFINITY;
  if (p != p || q != q) return math_NaN();
  if (p == 0 && q == 0) return 0;
  double mx = p > q ? p : q, mn = p > q ? q : p;
  double r = mn / mx;
  return mx * sqrt(r * r + 1.0);
}

double math_Log(double x) {
  static const double HSqrt2 = 7.07106781186547524401e-01, Ln2Hi = 6.93147180369123816490e-01,
                      Ln2Lo = 1.90821492927058770002e-10, L1 = 6.666666666666735130e-01,
                      L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
                      L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01,
                      L6 = 1.531383769920937332e-01, L7 = 1.479819860511658591e-01;
  uint64_t b = bits_of(x);
  if ((b & ~(1ull << 63)) == 0) return -INFINITY;
  if ((int64_t)b < 0) return math_NaN();
  if (b >= 0x7FF0000000000000ull) return x;
  double f1 = from_bits((b & 0x000FFFFFFFFFFFFFull) | 0x3FE0000000000000ull);
  double k = (double)((int32_t)((b >> 52) & 0x7FF) - 0x3FE);
  if (f1 < HSqrt2) {
    k -= 1;
    f1 *= 2;
  }
  double f = f1 - 1;
  double s = f / (2 + f);
  double s2 = s * s, s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

static bool have_fma(void) {
  static int v = -1;
  if (v < 0) {
    __builtin_cpu_init();
    v = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  }
  return v;
}

static const double exp_c[9] = {0.5,
                                1.0,
                                2.0,
                                1.6666666666666666667e-1,
                                4.1666666666666666667e-2,
                                8.3333333333333333333e-3,
                                1.3888888888888888889e-3,
                                1.9841269841269841270e-4,
                                2.4801587301587301587e-5};

/* the Taylor part of exp_amd64.s on the reduced argument x */
static double exp_poly(double x, bool fused) {
  const double *c = exp_c;
  if (fused) {
    double t = c[8];
    t = fma(t, x, c[7]);
    t = fma(t, x, c[6]);
    t = fma(t, x, c[5]);
    t = fma(t, x, c[4]);
    t = fma(t, x, c[3]);
    t = fma(t, x, c[0]);
    t = fma(t, x, c[1]);
    x = x * t;
    for (int i = 0; i < 3; i++) x = x * (x + c[2]);
    return fma(x, x + c[2], c[1]);
  }
  volatile double t = c[8]; /* volatile: keep every product and sum rounded */
  t = t * x + c[7];
  t = t * x + c[6];
  t = t * x + c[5];
  t = t * x + c[4];
  t = t * x + c[3];
  t = t * x + c[0];
  t = t * x + c[1];
  x = x * t;
  for (int i = 0; i < 4; i++) x = x * (x + c[2]);
  return x + c[1];
}

double math_Exp(double x) {
  static const double LOG2E = 1.4426950408889634073599246810018920,
                      LN2U = 0.69314718055966295651160180568695068359375,
                      LN2L = 0.28235290563031577122588448175013436025525412068e-12,
                      Overflow = 7.09782712893384e+02;
  uint64_t b = bits_of(x);
  if ((b & ~(1ull << 63)) >= 0x7FF0000000000000ull) {
    if (b == 0xFFF0000000000000ull) return 0;
    return x;
  }
  if (x > Overflow) return INFINITY;
  double kf = x * LOG2E;
  int32_t k = (kf >= 2147483647.5 || kf < -2147483648.5) ? INT32_MIN : (int32_t)nearbyint(kf);
  double kd = (double)k;
  bool fused = have_fma();
  if (fused) {
    x = fma(-kd, LN2U, x);
    x = fma(-kd, LN2L, x);
  } else {
    x -= kd * LN2U;
    x -= kd * LN2L;
  }
  x *= 0.0625;
  double fr = exp_poly(x, fused);
  int64_t e = (int64_t)k + 0x3FF;
  if (e <= 0) {
    if (e < -52) return 0;
    e += 0x3FE;
    fr *= from_bits((uint64_t)e << 52);
    e = 1;
  } else if (e >= 0x7FF) {
    return INFINITY;
  }
  return fr * from_bits((uint64_t)e << 52);
}

/* ---- Log10, Log2 (log10.go) ---- */

/* 1/Ln10 and 1/Ln2 rounded once from the exact constants, as Go's constant arithmetic does */
static double log10e(void) { return from_bits(0x3FDBCB7B1526E50Eull); }
static double log2e(void) { return from_bits(0x3FF71547652B82FEull); }

double math_Log10(double x) { return math_Log(x) * log10e(); }

double math_Log2(double x) {
  int e;
  double frac = frexp(x, &e);
  if (frac == 0.5) return (double)(e - 1);
  return math_Log(frac) * log2e() + (double)e;
}

/* ---- trigonometry (sin.go, tan.go; Cody-Waite reduction below 2^29) ---- */

static const double sin_c[6] = {1.58962301576546568060e-10, -2.50507477628578072866e-8,
                                2.75573136213857245213e-6,  -1.98412698295895385996e-4,
                                8.33333333332211858878e-3,  -1.66666666666666307295e-1};
static const double cos_c[6] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9,
                                -2.75573141792967388112e-7,  2.48015872888517045348e-5,
                                -1.38888888888730564116e-3,  4.16666666666665929218e-2};
static const double PI4A = 7.85398125648498535156e-1, PI4B = 3.77489470793079817668e-8,
                    PI4C = 2.69515142907905952645e-15, REDUCE = 1 << 29;

/* Payne-Hanek reduction for x ≥ REDUCE (trig_reduce.go): the bits of 4/π */
static const uint64_t mPi4[20] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757};

static uint64_t shl(uint64_t v, unsigned n) { return n >= 64 ? 0 : v << n; }
static uint64_t shr(uint64_t v, unsigned n) { return n >= 64 ? 0 : v >> n; }

static uint64_t trig_reduce_big(double x, double *z) {
  uint64_t ix = bits_of(x);
  int exp = (int)((ix >> 52) & 0x7FF) - 1023 - 52;
  ix &= ~(0x7FFull << 52);
  ix |= 1ull << 52;
  unsigned digit = (unsigned)(exp + 61) / 64, bitshift = (unsigned)(exp + 61) % 64;
  uint64_t z0 = shl(mPi4[digit], bitshift) | shr(mPi4[digit + 1], 64 - bitshift);
  uint64_t z1 = shl(mPi4[digit + 1], bitshift) | shr(mPi4[digit + 2], 64 - bitshift);
  uint64_t z2 = shl(mPi4[digit + 2], bitshift) | shr(mPi4[digit + 3], 64 - bitshift);
  unsigned __int128 p2 = (unsigned __int128)z2 * ix, p1 = (unsigned __int128)z1 * ix;
  uint64_t z2hi = (uint64_t)(p2 >> 64), z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi, c = lo < z1lo;
  uint64_t hi = z0lo + z1hi + c;
  uint64_t j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = (unsigned)__builtin_clzll(hi);
  uint64_t e = (uint64_t)(1023 - (lz + 1));
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 64 - 52;
  hi |= e << 52;
  double zz = from_bits(hi);
  if (j & 1) {
    j++;
    j &= 7;
    zz--;
  }
  *z = zz * (Pi / 4);
  return j;
}

/* x ≥ 0: octant j and reduced z */
static uint64_t trig_reduce(double x, double *z, bool even_j) {
  if (x >= REDUCE) return trig_reduce_big(x, z);
  uint64_t j = (uint64_t)(x * (4 / Pi));
  double y = (double)j;
  if (j & 1) {
    j++;
    y++;
  }
  if (even_j) j &= 7;
  *z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
  return j;
}

static double sin_poly(double z, double zz) {
  return z + z * zz * ((((((sin_c[0] * zz) + sin_c[1]) * zz + sin_c[2]) * zz + sin_c[3]) * zz +
                        sin_c[4]) * zz + sin_c[5]);
}
static double cos_poly(double zz) {
  return 1.0 - 0.5 * zz + zz * zz * ((((((cos_c[0] * zz) + cos_c[1]) * zz + cos_c[2]) * zz +
                                       cos_c[3]) * zz + cos_c[4]) * zz + cos_c[5]);
}

double math_Sin(double x) {
  if (x == 0 || x != x) return x;
  if (isinf(x)) return math_NaN();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double z;
  uint64_t j = trig_reduce(x, &z, true);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
  return sign ? -y : y;
}

double math_Cos(double x) {
  if (x != x || isinf(x)) return math_NaN();
  x = fabs(x);
  bool sign = false;
  double z;
  uint64_t j = trig_reduce(x, &z, true);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
  return sign ? -y : y;
}

double math_Tan(double x) {
  static const double P[3] = {-1.30936939181383777646e4, 1.15351664838587416140e6,
                              -1.79565251976484877988e7};
  static const double Q[5] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6,
                              2.50083801823357915839e7, -5.38695755929454629881e7};
  if (x == 0 || x != x) return x;
  if (isinf(x)) return math_NaN();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double z, y;
  uint64_t j = trig_reduce(x, &z, false);
  double zz = z * z;
  if (zz > 1e-14)
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) /
                 ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  else
    y = z;
  if (j & 2) y = -1 / y;
  return sign ? -y : y;
}

/* ---- inverse trigonometry (atan.go, asin.go, atan2.go) ---- */

static double xatan(double x) {
  static const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                      P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                      P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                      Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                      Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) /
      (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

static double satan(double x) {
  static const double Morebits = 6.123233995736765886130e-17, Tan3pio8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > Tan3pio8) return Pi / 2 - xatan(1 / x) + Morebits;
  return Pi / 4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

double math_Atan(double x) {
  if (x == 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

double math_Asin(double x) {
  if (x == 0) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return math_NaN();
  double temp = sqrt(1 - x * x);
  temp = x > 0.7 ? Pi / 2 - satan(temp / x) : satan(x / temp);
  return sign ? -temp : temp;
}

double math_Acos(double x) { return Pi / 2 - math_Asin(x); }

double math_Atan2(double y, double x) {
  if (x != x || y != y) return math_NaN();
  if (y == 0) return (x >= 0 && !signbit(x)) ? copysign(0, y) : copysign(Pi, y);
  if (x == 0) return copysign(Pi / 2, y);
  if (isinf(x)) {
    if (x > 0) return isinf(y) ? copysign(Pi / 4, y) : copysign(0, y);
    return isinf(y) ? copysign(3 * Pi / 4, y) : copysign(Pi, y);
  }
  if (isinf(y)) return copysign(Pi / 2, y);
  double q = math_Atan(y / x);
  if (x < 0) return q <= 0 ? q + Pi : q - Pi;
  return q;
}

/* ---- Cbrt (cbrt.go) ---- */

double math_Cbrt(double x) {
  static const uint64_t B1 = 715094163, B2 = 696219795;
  static const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                      E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                      G = 3.57142857142857150787e-01, SmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || x != x || isinf(x)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double t = from_bits(bits_of(x) / 3 + (B1 << 32));
  if (x < SmallestNormal) {
    t = (double)(1ull << 54);
    t *= x;
    t = from_bits(bits_of(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = from_bits((bits_of(t) & (0xFFFFFFFFCull << 28)) + (1ull << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

/* ---- Pow (pow.go) ---- */

static bool is_odd_int(double x) {
  double xi;
  double xf = modf(x, &xi);
  return xf == 0 && ((int64_t)xi & 1) == 1;
}

double math_Pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (x != x || y != y) return math_NaN();
  if (x == 0) {
    if (y < 0) return is_odd_int(y) ? copysign(INFINITY, x) : INFINITY;
    return is_odd_int(y) ? x : 0;
  }
  if (isinf(y)) {
    if (x == -1) return 1;
    if ((fabs(x) < 1) == (y > 0)) return 0;
    return INFINITY;
  }
  if (isinf(x)) {
    if (x < 0) return math_Pow(1 / x, -y);
    return y < 0 ? 0 : INFINITY;
  }
  if (y == 0.5) return sqrt(x);
  if (y == -0.5) return 1 / sqrt(x);
  double yi;
  double yf = modf(fabs(y), &yi);
  if (yf != 0 && x < 0) return math_NaN();
  if (yi >= 9223372036854775808.0) {
    if (x == -1) return 1;
    if ((fabs(x) < 1) == (y > 0)) return 0;
    return INFINITY;
  }
  double a1 = 1.0;
  int ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = math_Exp(yf * math_Log(x));
  }
  int xe;
  double x1 = frexp(x, &xe);
  for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      ae += xe;
      break;
    }
    if (i & 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe *= 2;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

/* ---- more of package math ---- */

double math_Copysign(double f, double sign) { return copysign(f, sign); }
double math_Dim(double x, double y) {
  double v = x - y;
  return v <= 0 ? 0 : v;
}
double math_RoundToEven(double x) { return nearbyint(x); }
double math_Remainder(double x, double y) { return remainder(x, y); }
double math_Ldexp(double frac, int64_t exp) {
  if (exp > 100000) exp = 100000;
  if (exp < -100000) exp = -100000;
  return ldexp(frac, (int)exp);
}
double math_Log1p(double x) { /* log1p.go (FreeBSD's s_log1p.c) */
  static const double Sqrt2M1 = 4.142135623730950488017e-01,
                      Sqrt2HalfM1 = -2.928932188134524755992e-01, Small = 1.0 / (1 << 29),
                      Tiny = 1.0 / (double)(1ull << 54), Two53 = (double)(1ull << 53),
                      Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
                      Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01,
                      Lp3 = 2.857142874366239149e-01, Lp4 = 2.222219843214978396e-01,
                      Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
                      Lp7 = 1.479819860511658591e-01;
  if (x < -1 || x != x) return math_NaN();
  if (x == -1) return -INFINITY;
  if (isinf(x)) return INFINITY;
  double absx = fabs(x), f = 0, c = 0;
  uint64_t iu = 0;
  int k = 1;
  if (absx < Sqrt2M1) {
    if (absx < Small) {
      if (absx < Tiny) return x;
      return x - x * x * 0.5;
    }
    if (x > Sqrt2HalfM1) {
      k = 0;
      f = x;
      iu = 1;
    }
  }
  if (k != 0) {
    double u;
    if (absx < Two53) {
      u = 1.0 + x;
      iu = bits_of(u);
      k = (int)((int64_t)(iu >> 52) - 1023);
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      iu = bits_of(u);
      k = (int)((int64_t)(iu >> 52) - 1023);
      c = 0;
    }
    iu &= 0x000fffffffffffffull;
    if (iu < 0x0006a09e667f3bcdull) {
      u = from_bits(iu | 0x3ff0000000000000ull);
    } else {
      k++;
      u = from_bits(iu | 0x3fe0000000000000ull);
      iu = (0x0010000000000000ull - iu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f, s, R, z;
  if (iu == 0) {
    if (f == 0) {
      if (k == 0) return 0;
      c += (double)k * Ln2Lo;
      return (double)k * Ln2Hi + c;
    }
    R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k == 0) return f - R;
    return (double)k * Ln2Hi - ((R - ((double)k * Ln2Lo + c)) - f);
  }
  s = f / (2.0 + f);
  z = s * s;
  R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return (double)k * Ln2Hi - ((hfsq - (s * (hfsq + R) + ((double)k * Ln2Lo + c))) - f);
}

double math_Expm1(double x) { /* expm1.go (FreeBSD's s_expm1.c) */
  static const double Othreshold = 7.09782712893383973096e+02,
                      Ln2X56 = 3.88162421113569373274e+01, Ln2HalfX3 = 1.03972077083991796413e+00,
                      Ln2Half = 3.46573590279972654709e-01, Ln2Hi = 6.93147180369123816490e-01,
                      Ln2Lo = 1.90821492927058770002e-10, InvLn2 = 1.44269504088896338700e+00,
                      Tiny = 1.0 / (double)(1ull << 54), Q1 = -3.33333333333331316428e-02,
                      Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
                      Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;
  if ((isinf(x) && x > 0) || x != x) return x;
  if (isinf(x)) return -1;
  double absx = x;
  bool sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  if (absx >= Ln2X56) {
    if (sign) return -1;
    if (absx >= Othreshold) return INFINITY;
  }
  double c = 0;
  int k = 0;
  if (absx > Ln2Half) {
    double hi, lo;
    if (absx < Ln2HalfX3) {
      if (!sign) {
        hi = x - Ln2Hi, lo = Ln2Lo, k = 1;
      } else {
        hi = x + Ln2Hi, lo = -Ln2Lo, k = -1;
      }
    } else {
      k = !sign ? (int)(InvLn2 * x + 0.5) : (int)(InvLn2 * x - 0.5);
      double t = (double)k;
      hi = x - t * Ln2Hi;
      lo = t * Ln2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (absx < Tiny) {
    return x;
  }
  double hfx = 0.5 * x, hxs = x * hfx;
  double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  e = (x * (e - c) - c);
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    double y = 1 - (e - x);
    y = from_bits(bits_of(y) + ((uint64_t)(int64_t)k << 52));
    return y - 1;
  }
  if (k < 20) {
    double tt = from_bits(0x3ff0000000000000ull - (0x20000000000000ull >> k));
    double y = tt - (e - x);
    return from_bits(bits_of(y) + ((uint64_t)k << 52));
  }
  t = from_bits((uint64_t)(0x3ff - k) << 52);
  double y = x - (e + t);
  y++;
  return from_bits(bits_of(y) + ((uint64_t)k << 52));
}

typedef struct FracExp { double frac; int64_t exp; } FracExp;
FracExp math_Frexp(double f) {
  FracExp r = {f, 0};
  if (f == 0 || isinf(f) || f != f) return r;
  int e;
  r.frac = frexp(f, &e);
  r.exp = e;
  return r;
}

typedef struct IntFrac { double i, frac; } IntFrac;
IntFrac math_Modf(double f) { /* modf.go */
  IntFrac r;
  if (f < 1) {
    if (f < 0) {
      r = math_Modf(-f);
      r.i = -r.i;
      r.frac = -r.frac;
      return r;
    }
    if (f == 0) {
      r.i = r.frac = f;
      return r;
    }
    r.i = 0;
    r.frac = f;
    return r;
  }
  uint64_t x = bits_of(f);
  unsigned e = (unsigned)((x >> 52) & 0x7FF) - 1023;
  if (e < 64 - 12) x &= ~((1ull << (64 - 12 - e)) - 1);
  r.i = from_bits(x);
  r.frac = f - r.i;
  return r;
}

/* exp.go's exp2 + expmulti (amd64 has no assembly for Exp2) */
double math_Exp2(double x) {
  static const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
                      P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                      P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                      P5 = 4.13813679705723846039e-08;
  if (x != x || (isinf(x) && x > 0)) return x;
  if (isinf(x)) return 0;
  if (x > 1.0239999999999999e+03) return INFINITY;
  if (x < -1.0740e+03) return 0;
  int64_t k = 0;
  if (x > 0)
    k = (int64_t)(x + 0.5);
  else if (x < 0)
    k = (int64_t)(x - 0.5);
  double t = x - (double)k;
  double hi = t * Ln2Hi, lo = -t * Ln2Lo;
  double r = hi - lo;
  double tt = r * r;
  double c = r - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return ldexp(y, (int)k);
}

double math_Sinh(double x) { /* sinh.go */
  static const double P0 = -0.6307673640497716991184787251e+6,
                      P1 = -0.8991272022039509355398013511e+5,
                      P2 = -0.2894211355989563807284660366e+4,
                      P3 = -0.2630563213397497062819489e+2,
                      Q0 = -0.6307673640497716991212077277e+6,
                      Q1 = 0.1521517378790019070696485176e+5,
                      Q2 = -0.173678953558233699533450911e+3;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > 21) {
    temp = math_Exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = math_Exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return sign ? -temp : temp;
}

double math_Cosh(double x) {
  x = fabs(x);
  if (x > 21) return math_Exp(x) * 0.5;
  double ex = math_Exp(x);
  return (ex + 1 / ex) * 0.5;
}

double math_Tanh(double x) { /* tanh.go */
  static const double P[3] = {-9.64399179425052238628e-1, -9.92877231001918586564e1,
                              -1.61468768441708447952e3};
  static const double Q[3] = {1.12811678491632931402e2, 2.23548839060100448583e3,
                              4.84406305325125486048e3};
  double z = fabs(x);
  if (z > 0.5 * 8.8029691931113054295988e+01) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = math_Exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}
