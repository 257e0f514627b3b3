/* math.c — the functions Go's package math implements in amd64 assembly. gosub compiles
 * package math from Go's source with the amd64 files (load/: the packages whose assembly
 * gosub supplies), so math.Exp calls math.archExp like gc's amd64 build does, and these are
 * bit-for-bit ports of that assembly: Exp (exp_amd64.s, with its FMA variant when the CPU
 * has AVX+FMA, as Go picks at start-up), Log (log_amd64.s), Hypot (hypot_amd64.s). The
 * pure Go versions differ from the assembly by an ulp here and there, which fmt's shortest
 * formatting would show. Floor, Ceil, Trunc, Sqrt, Max and Min are exact operations, the
 * same in every implementation (Go's Max/Min special cases: Max(x, NaN) = NaN, Max(-0, +0)
 * = +0, Min(-0, +0) = -0).
 * Names: the Go function math.archExp is the C symbol "math.archExp" (functions declared
 * without a body follow gort.h's calling rule). */
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
static double go_nan(void) { return from_bits(0x7FF8000000000001ull); }

#define GOSYM(name) __asm__("math." #name)
double math_archHypot(double p, double q) GOSYM(archHypot);
double math_archLog(double x) GOSYM(archLog);
double math_archExp(double x) GOSYM(archExp);
double math_archSqrt(double x) GOSYM(archSqrt);
double math_archFloor(double x) GOSYM(archFloor);
double math_archCeil(double x) GOSYM(archCeil);
double math_archTrunc(double x) GOSYM(archTrunc);
double math_archMax(double x, double y) GOSYM(archMax);
double math_archMin(double x, double y) GOSYM(archMin);

double math_archSqrt(double x) { return sqrt(x); }
double math_archFloor(double x) { return floor(x); }
double math_archCeil(double x) { return ceil(x); }
double math_archTrunc(double x) { return trunc(x); }

double math_archMax(double x, double y) {
  if (isinf(x) && x > 0) return x;
  if (isinf(y) && y > 0) return y;
  if (x != x || y != y) return go_nan();
  if (x == 0 && x == y) return signbit(x) ? y : x;
  return x > y ? x : y;
}

double math_archMin(double x, double y) {
  if (isinf(x) && x < 0) return x;
  if (isinf(y) && y < 0) return y;
  if (x != x || y != y) return go_nan();
  if (x == 0 && x == y) return signbit(x) ? x : y;
  return x < y ? x : y;
}

/* ---- Hypot, Log, Exp: ports of Go's amd64 assembly ---- */

double math_archHypot(double p, double q) {
  p = fabs(p);
  q = fabs(q);
  if (isinf(p) || isinf(q)) return INFINITY;
  if (p != p || q != q) return go_nan();
  if (p == 0 && q == 0) return 0;
  double mx = p > q ? p : q, mn = p > q ? q : p;
  double r = mn / mx;
  return mx * sqrt(r * r + 1.0);
}

double math_archLog(double x) {
  static const double HSqrt2 = 7.07106781186547524401e-01, Ln2Hi = 6.93147180369123816490e-01,
                      Ln2Lo = 1.90821492927058770002e-10, L1 = 6.666666666666735130e-01,
                      L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
                      L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01,
                      L6 = 1.531383769920937332e-01, L7 = 1.479819860511658591e-01;
  uint64_t b = bits_of(x);
  if ((b & ~(1ull << 63)) == 0) return -INFINITY;
  if ((int64_t)b < 0) return go_nan();
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

double math_archExp(double x) {
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

