/* const.c — constant values: literals, exact 128-bit integer arithmetic with overflow detection,
 * long double floats, representability in a type (Spec: Representability), comparisons, and
 * printing values the way go/constant does in types2's messages. */
#include "sema_int.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ConstVal *cv_int(__int128 v) {
  ConstVal *c = NEW(ConstVal);
  c->kind = CV_INT;
  c->i = v;
  return c;
}
ConstVal *cv_float(long double f) {
  ConstVal *c = NEW(ConstVal);
  c->kind = CV_FLOAT;
  c->f = f;
  return c;
}
ConstVal *cv_complex(long double re, long double im) {
  ConstVal *c = NEW(ConstVal);
  c->kind = CV_COMPLEX;
  c->f = re;
  c->im = im;
  return c;
}
ConstVal *cv_bool(bool b) {
  ConstVal *c = NEW(ConstVal);
  c->kind = CV_BOOL;
  c->b = b;
  return c;
}
ConstVal *cv_string(const char *s, size_t n) {
  ConstVal *c = NEW(ConstVal);
  c->kind = CV_STRING;
  c->s = arena_strndup(s, n);
  c->slen = n;
  return c;
}

/* ---- literals (Spec: Integer/Floating-point/Imaginary/Rune/String literals) ---- */
static ConstVal *int_lit(const char *text, bool *overflow) {
  int base = 10;
  const char *p = text;
  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) base = 16, p += 2;
  else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) base = 2, p += 2;
  else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O')) base = 8, p += 2;
  else if (p[0] == '0' && p[1]) base = 8, p += 1;
  unsigned __int128 v = 0, lim = ((unsigned __int128)1 << 127) - 1;
  for (; *p; p++) {
    if (*p == '_') continue;
    int d = *p >= '0' && *p <= '9' ? *p - '0' : (*p | 32) - 'a' + 10;
    if (v > (lim - (unsigned)d) / (unsigned)base) { *overflow = true; return cv_int(0); }
    v = v * (unsigned)base + (unsigned)d;
  }
  return cv_int((__int128)v);
}

static long double float_text(const char *text, size_t n) {
  char buf[512];
  size_t j = 0;
  for (size_t i = 0; i < n && j < sizeof buf - 1; i++)
    if (text[i] != '_') buf[j++] = text[i];
  buf[j] = 0;
  return strtold(buf, NULL);
}

ConstVal *cv_from_lit(Node *lit, Type **type, bool *overflow) {
  const char *t = lit->lit.text;
  switch (lit->lit.kind) {
  case LIT_INT: *type = ty_uint_; return int_lit(t, overflow);
  case LIT_FLOAT: *type = ty_ufloat; return cv_float(float_text(t, strlen(t)));
  case LIT_IMAG: {
    *type = ty_ucomplex;
    size_t n = strlen(t) - 1;
    if (t[0] == '0' && (t[1] == 'o' || t[1] == 'O' || t[1] == 'b' || t[1] == 'B')) {
      char *body = arena_strndup(t, n); /* 0o12i, 0b10i: an integer body */
      ConstVal *iv = int_lit(body, overflow);
      return cv_complex(0, (long double)iv->i);
    }
    return cv_complex(0, float_text(t, n));
  }
  case LIT_CHAR: {
    /* decoded utf-8 bytes of the rune */
    const unsigned char *s = (const unsigned char *)lit->lit.str;
    size_t n = lit->lit.len;
    int32_t r = 0;
    if (n == 1) r = s[0];
    else if (n == 2) r = ((s[0] & 0x1f) << 6) | (s[1] & 0x3f);
    else if (n == 3) r = ((s[0] & 0x0f) << 12) | ((s[1] & 0x3f) << 6) | (s[2] & 0x3f);
    else if (n == 4)
      r = ((s[0] & 0x07) << 18) | ((s[1] & 0x3f) << 12) | ((s[2] & 0x3f) << 6) | (s[3] & 0x3f);
    *type = ty_urune;
    return cv_int(r);
  }
  case LIT_STRING: *type = ty_ustring; return cv_string(lit->lit.str ? lit->lit.str : "", lit->lit.len);
  }
  return cv_int(0);
}

ConstVal *cv_to_kind(ConstVal *v, CVKind k) {
  if (v->kind == k) return v;
  if (k == CV_FLOAT && v->kind == CV_INT) return cv_float((long double)v->i);
  if (k == CV_COMPLEX && v->kind == CV_INT) return cv_complex((long double)v->i, 0);
  if (k == CV_COMPLEX && v->kind == CV_FLOAT) return cv_complex(v->f, 0);
  if (k == CV_INT && v->kind == CV_FLOAT) return cv_int((__int128)v->f);
  if (k == CV_FLOAT && v->kind == CV_COMPLEX) return cv_float(v->f);
  if (k == CV_INT && v->kind == CV_COMPLEX) return cv_int((__int128)v->f);
  return v;
}

static long double snap_int(long double f);

bool cv_is_zero(ConstVal *v) {
  switch (v->kind) {
  case CV_INT: return v->i == 0;
  case CV_FLOAT: return v->f == 0;
  case CV_COMPLEX: return v->f == 0 && v->im == 0;
  default: return false;
  }
}

bool cv_to_int64(ConstVal *v, int64_t *out) {
  if (v->kind == CV_FLOAT) {
    long double f = snap_int(v->f);
    if (f != floorl(f) || fabsl(f) > 9.2e18L) return false;
    *out = (int64_t)f;
    return true;
  }
  if (v->kind != CV_INT) return false;
  if (v->i > INT64_MAX || v->i < INT64_MIN) return false;
  *out = (int64_t)v->i;
  return true;
}

#define PREC_LIMIT 0x1p512L
static ConstVal *norm_int(long double f, bool *err);

/* ---- Spec: Representability ---- */
static bool int_fits(__int128 v, TypeKind k) {
  switch (k) {
  case TY_INT8: return v >= -128 && v <= 127;
  case TY_INT16: return v >= -32768 && v <= 32767;
  case TY_INT32: case TY_UNTYPED_RUNE: return v >= INT32_MIN && v <= INT32_MAX;
  case TY_INT: case TY_INT64: return v >= INT64_MIN && v <= INT64_MAX;
  case TY_UINT8: return v >= 0 && v <= 255;
  case TY_UINT16: return v >= 0 && v <= 65535;
  case TY_UINT32: return v >= 0 && v <= UINT32_MAX;
  case TY_UINT: case TY_UINT64: case TY_UINTPTR: return v >= 0 && v <= (__int128)UINT64_MAX;
  default: return true;
  }
}

/* Float constants are long doubles, not exact rationals: 0.0005 * 1e9 comes out a few ulps
 * away from 500000. A value that close to an integer is taken as that integer. */
static long double snap_int(long double f) {
  long double r = roundl(f);
  if (f != r && fabsl(f - r) <= fabsl(r) * 0x1p-56L) return r;
  return f;
}

/* why: 1 = truncated (float to integer), 2 = overflows, 3 = cannot convert */
bool cv_representable(ConstVal *v, Type *t, ConstVal **out, int *why) {
  TypeKind k = type_under(t)->kind;
  *why = 3;
  if (k >= TY_INT && k <= TY_UINTPTR) {
    ConstVal *iv = v;
    if (v->kind == CV_FLOAT || v->kind == CV_COMPLEX) {
      if (v->kind == CV_COMPLEX && v->im != 0) return false;
      long double f = snap_int(v->f);
      if (f != floorl(f) || isinf(f)) { *why = 1; return false; }
      if (fabsl(f) >= 1.7e38L) { *why = 2; return false; }
      iv = cv_int((__int128)f);
    } else if (v->kind != CV_INT) return false;
    if (!int_fits(iv->i, k)) { *why = 2; return false; }
    *out = iv;
    return true;
  }
  if (k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT) {
    if (v->kind != CV_INT && v->kind != CV_FLOAT && !(v->kind == CV_COMPLEX && v->im == 0))
      return false;
    long double f = v->kind == CV_INT ? (long double)v->i : v->f;
    if (k == TY_FLOAT32) {
      float x = (float)f;
      if (isinf(x) && !isinf(f)) { *why = 2; return false; }
      *out = cv_float((long double)x);
    } else if (k == TY_FLOAT64) {
      double x = (double)f;
      if (isinf(x) && !isinf(f)) { *why = 2; return false; }
      *out = cv_float((long double)x);
    } else {
      *out = cv_float(f);
    }
    return true;
  }
  if (k == TY_COMPLEX64 || k == TY_COMPLEX128 || k == TY_UNTYPED_COMPLEX) {
    if (v->kind == CV_BOOL || v->kind == CV_STRING) return false;
    ConstVal *c = cv_to_kind(v, CV_COMPLEX);
    if (k == TY_COMPLEX64) *out = cv_complex((float)c->f, (float)c->im);
    else if (k == TY_COMPLEX128) *out = cv_complex((double)c->f, (double)c->im);
    else *out = c;
    return true;
  }
  if (k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE) {
    if (v->kind == CV_INT) { *out = v; return true; }
    if (v->kind == CV_COMPLEX && v->im == 0) v = cv_float(v->f);
    if (v->kind == CV_FLOAT) v = cv_float(snap_int(v->f));
    if (v->kind == CV_FLOAT && v->f == floorl(v->f) && !isinf(v->f)) {
      bool e = false;
      *out = fabsl(v->f) < PREC_LIMIT ? norm_int(v->f, &e) : v;
      return true;
    }
    if (v->kind == CV_FLOAT && v->f == floorl(v->f) && fabsl(v->f) < 1.7e38L) {
      *out = cv_int((__int128)v->f);
      return true;
    }
    *why = v->kind == CV_FLOAT ? 1 : 3;
    return false;
  }
  if (k == TY_STRING || k == TY_UNTYPED_STRING) {
    if (v->kind != CV_STRING) return false;
    *out = v;
    return true;
  }
  if (k == TY_BOOL || k == TY_UNTYPED_BOOL) {
    if (v->kind != CV_BOOL) return false;
    *out = v;
    return true;
  }
  return false;
}

/* ---- arithmetic ----
 * Untyped integer constants that outgrow 128 bits (gc allows 512) continue as integral long
 * doubles (CV_FLOAT under an integer type); they turn back into CV_INT when they fit again. */
#define BIG_LIMIT 0x1p126L
static ConstVal *norm_int(long double f, bool *err) {
  if (fabsl(f) >= PREC_LIMIT) { *err = 1; return cv_int(0); }
  if (fabsl(f) < BIG_LIMIT) return cv_int((__int128)f);
  return cv_float(f);
}

static int rank(CVKind k) { return k == CV_INT ? 0 : k == CV_FLOAT ? 1 : k == CV_COMPLEX ? 2 : -1; }

/* *err: 1 = overflow, 2 = division by zero */
ConstVal *cv_binary(Op op, ConstVal *a, ConstVal *b, bool intdiv, bool *err) {
  if (a->kind == CV_STRING && b->kind == CV_STRING && op == OP_ADD) {
    char *s = arena_alloc(a->slen + b->slen + 1);
    memcpy(s, a->s, a->slen);
    memcpy(s + a->slen, b->s, b->slen);
    ConstVal *c = NEW(ConstVal);
    c->kind = CV_STRING;
    c->s = s;
    c->slen = a->slen + b->slen;
    return c;
  }
  if (a->kind == CV_BOOL && b->kind == CV_BOOL) {
    if (op == OP_LAND) return cv_bool(a->b && b->b);
    if (op == OP_LOR) return cv_bool(a->b || b->b);
    return cv_bool(false);
  }
  int r = rank(a->kind) > rank(b->kind) ? rank(a->kind) : rank(b->kind);
  if (r == 0 && op == OP_DIV && !intdiv) r = 1;
  if (r == 0) {
    __int128 x = a->i, y = b->i, z = 0;
    bool o = false;
    switch (op) {
    case OP_ADD: o = __builtin_add_overflow(x, y, &z); break;
    case OP_SUB: o = __builtin_sub_overflow(x, y, &z); break;
    case OP_MUL: o = __builtin_mul_overflow(x, y, &z); break;
    case OP_DIV: if (y == 0) { *err = 2; return cv_int(0); } z = x / y; break;
    case OP_REM: if (y == 0) { *err = 2; return cv_int(0); } z = x % y; break;
    case OP_AND: z = x & y; break;
    case OP_OR: z = x | y; break;
    case OP_XOR: z = x ^ y; break;
    case OP_ANDNOT: z = x & ~y; break;
    default: break;
    }
    if (o) {
      long double fx = (long double)x, fy = (long double)y;
      return norm_int(op == OP_ADD ? fx + fy : op == OP_SUB ? fx - fy : fx * fy, err);
    }
    return cv_int(z);
  }
  if (r == 1) {
    long double x = cv_to_kind(a, CV_FLOAT)->f, y = cv_to_kind(b, CV_FLOAT)->f;
    if (intdiv) { /* big integers */
      switch (op) {
      case OP_ADD: return norm_int(x + y, err);
      case OP_SUB: return norm_int(x - y, err);
      case OP_MUL: return norm_int(x * y, err);
      case OP_DIV: if (y == 0) { *err = 2; return cv_int(0); } return norm_int(truncl(x / y), err);
      case OP_REM: if (y == 0) { *err = 2; return cv_int(0); } return norm_int(fmodl(x, y), err);
      default: return cv_int(0);
      }
    }
    switch (op) {
    case OP_ADD: return cv_float(x + y);
    case OP_SUB: return cv_float(x - y);
    case OP_MUL: return cv_float(x * y);
    case OP_DIV: if (y == 0) { *err = 2; return cv_float(0); } return cv_float(x / y);
    default: return cv_float(0);
    }
  }
  ConstVal *p = cv_to_kind(a, CV_COMPLEX), *q = cv_to_kind(b, CV_COMPLEX);
  long double ar = p->f, ai = p->im, br = q->f, bi = q->im;
  switch (op) {
  case OP_ADD: return cv_complex(ar + br, ai + bi);
  case OP_SUB: return cv_complex(ar - br, ai - bi);
  case OP_MUL: return cv_complex(ar * br - ai * bi, ar * bi + ai * br);
  case OP_DIV: {
    long double d = br * br + bi * bi;
    if (d == 0) { *err = 2; return cv_complex(0, 0); }
    return cv_complex((ar * br + ai * bi) / d, (ai * br - ar * bi) / d);
  }
  default: return cv_complex(0, 0);
  }
}

/* unary + - ^ ! ; t is the operand's type (^ on unsigned typed values masks to the size) */
ConstVal *cv_unary(Op op, ConstVal *a, Type *t, bool *err) {
  switch (op) {
  case OP_ADD: return a;
  case OP_SUB:
    if (a->kind == CV_INT) {
      __int128 z;
      if (__builtin_sub_overflow((__int128)0, a->i, &z)) *err = 1;
      return cv_int(z);
    }
    if (a->kind == CV_FLOAT) return cv_float(-a->f);
    return cv_complex(-a->f, -a->im);
  case OP_NOT: return cv_bool(!a->b);
  case OP_XOR: {
    __int128 z = ~a->i;
    if (type_is_unsigned(t)) {
      int bits = (int)type_size(t) * 8;
      __int128 mask = ((__int128)1 << bits) - 1;
      z &= mask;
    }
    return cv_int(z);
  }
  default: return a;
  }
}

ConstVal *cv_shift(Op op, ConstVal *a, uint64_t n, bool *err) {
  if (a->kind == CV_FLOAT) {
    if (op == OP_SHL) return norm_int(ldexpl(a->f, (int)(n > 4000 ? 4000 : n)), err);
    return norm_int(floorl(ldexpl(a->f, -(int)(n > 4000 ? 4000 : n))), err);
  }
  __int128 x = cv_to_kind(a, CV_INT)->i;
  if (op == OP_SHL) {
    if (x == 0) return cv_int(0);
    if (n >= 126) return norm_int(ldexpl((long double)x, (int)(n > 4000 ? 4000 : n)), err);
    __int128 z = (__int128)((unsigned __int128)x << n); /* no UB for negative x */
    if ((z >> n) != x) return norm_int(ldexpl((long double)x, (int)n), err);
    return cv_int(z);
  }
  if (n >= 127) return cv_int(x < 0 ? -1 : 0);
  return cv_int(x >> n);
}

bool cv_compare(Op op, ConstVal *a, ConstVal *b) {
  int c = 0;
  if (a->kind == CV_STRING) {
    size_t n = a->slen < b->slen ? a->slen : b->slen;
    c = memcmp(a->s, b->s, n);
    if (c == 0) c = a->slen < b->slen ? -1 : a->slen > b->slen;
  } else if (a->kind == CV_BOOL) {
    c = a->b != b->b;
  } else if (a->kind == CV_INT && b->kind == CV_INT) {
    c = a->i < b->i ? -1 : a->i > b->i;
  } else if (a->kind == CV_COMPLEX || b->kind == CV_COMPLEX) {
    ConstVal *p = cv_to_kind(a, CV_COMPLEX), *q = cv_to_kind(b, CV_COMPLEX);
    c = !(p->f == q->f && p->im == q->im);
  } else {
    long double x = cv_to_kind(a, CV_FLOAT)->f, y = cv_to_kind(b, CV_FLOAT)->f;
    c = x < y ? -1 : x > y;
  }
  switch (op) {
  case OP_EQL: return c == 0;
  case OP_NEQ: return c != 0;
  case OP_LSS: return c < 0;
  case OP_LEQ: return c <= 0;
  case OP_GTR: return c > 0;
  case OP_GEQ: return c >= 0;
  default: return false;
  }
}

/* ---- printing (go/constant's String) ---- */
static void put_int128(StrBuf *sb, __int128 v) {
  char buf[64];
  int n = 0;
  bool neg = v < 0;
  unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
  do { buf[n++] = (char)('0' + (int)(u % 10)); u /= 10; } while (u);
  if (neg) sb_putc(sb, '-');
  while (n) sb_putc(sb, buf[--n]);
}

static void put_float(StrBuf *sb, long double f) {
  double x = (double)f;
  char buf[64];
  if ((isinf(x) || (x == 0 && f != 0)) && !isinf(f)) { /* beyond double's range */
    snprintf(buf, sizeof buf, "%.6Lg", f);
    sb_puts(sb, buf);
    return;
  }
  snprintf(buf, sizeof buf, "%.6g", x);
  if (f != floorl(f) && !strchr(buf, '.') && !strchr(buf, 'e')) {
    for (int p = 1; p <= 17; p++) {
      snprintf(buf, sizeof buf, "%.*g", p, x);
      if (strtod(buf, NULL) == x) break;
    }
  }
  sb_puts(sb, buf);
}

void quote_go_string(StrBuf *sb, const char *s, size_t n) {
  sb_putc(sb, '"');
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '\a': sb_puts(sb, "\\a"); break;
    case '\b': sb_puts(sb, "\\b"); break;
    case '\f': sb_puts(sb, "\\f"); break;
    case '\n': sb_puts(sb, "\\n"); break;
    case '\r': sb_puts(sb, "\\r"); break;
    case '\t': sb_puts(sb, "\\t"); break;
    case '\v': sb_puts(sb, "\\v"); break;
    case '\\': sb_puts(sb, "\\\\"); break;
    case '"': sb_puts(sb, "\\\""); break;
    default:
      if (c < 0x20 || c == 0x7f) sb_printf(sb, "\\x%02x", c);
      else sb_putc(sb, (char)c);
    }
  }
  sb_putc(sb, '"');
}

const char *cv_string_repr(ConstVal *v) {
  StrBuf sb = {0};
  switch (v->kind) {
  case CV_BOOL: sb_puts(&sb, v->b ? "true" : "false"); break;
  case CV_INT: put_int128(&sb, v->i); break;
  case CV_FLOAT: put_float(&sb, v->f); break;
  case CV_COMPLEX:
    sb_putc(&sb, '(');
    put_float(&sb, v->f);
    sb_puts(&sb, " + ");
    put_float(&sb, v->im);
    sb_puts(&sb, "i)");
    break;
  case CV_STRING: {
    StrBuf q = {0};
    quote_go_string(&q, v->s, v->slen);
    if (q.len > 72) {
      /* go/constant shortens long strings: first 69 bytes of the quoted form + "..." */
      sb_putn(&sb, q.buf, 69);
      sb_puts(&sb, "...");
    } else {
      sb_putn(&sb, q.buf ? q.buf : "", q.len);
    }
    sb_free(&q);
    break;
  }
  }
  char *s = sb_arena(&sb);
  sb_free(&sb);
  return s;
}

/* ---- sets of constants: duplicate keys, indices and cases in linear time ---- */
static uint64_t cv_hash(ConstVal *v) {
  uint64_t h = 1469598103934665603ull ^ (uint64_t)v->kind;
  switch (v->kind) {
  case CV_BOOL: h ^= v->b; break;
  case CV_INT: h ^= (uint64_t)v->i ^ (uint64_t)(v->i >> 64); break;
  case CV_FLOAT: case CV_COMPLEX: {
    double d[2] = {(double)v->f + 0.0, (double)v->im + 0.0}; /* +0.0: -0 hashes as 0 */
    uint64_t u[2];
    memcpy(u, d, sizeof u);
    h ^= u[0] * 31 + u[1];
    break;
  }
  case CV_STRING:
    for (size_t i = 0; i < v->slen; i++) h = (h ^ (unsigned char)v->s[i]) * 1099511628211ull;
    break;
  }
  return h * 0x9E3779B97F4A7C15ull;
}

typedef struct CsEntry {
  struct CsEntry *next;
  ConstVal *val;
  Type *type;
  Node *node;
} CsEntry;

Node *constset_add(ConstSet *set, ConstVal *v, Type *t, Node *n) {
  if (set->len * 2 >= set->cap) { /* grow and rehash */
    size_t cap = set->cap ? set->cap * 2 : 16;
    CsEntry **b = arena_alloc(sizeof(CsEntry *) * cap);
    for (size_t i = 0; i < set->cap; i++)
      for (CsEntry *e = set->buckets[i], *next; e; e = next) {
        next = e->next;
        size_t k = cv_hash(e->val) & (cap - 1);
        e->next = b[k];
        b[k] = e;
      }
    set->buckets = (void **)b;
    set->cap = cap;
  }
  size_t k = cv_hash(v) & (set->cap - 1);
  for (CsEntry *e = set->buckets[k]; e; e = e->next)
    if (e->val->kind == v->kind && (e->type == t || (e->type && t && type_identical(e->type, t))) &&
        cv_compare(OP_EQL, e->val, v))
      return e->node;
  CsEntry *e = NEW(CsEntry);
  e->val = v;
  e->type = t;
  e->node = n;
  e->next = set->buckets[k];
  set->buckets[k] = e;
  set->len++;
  return NULL;
}
