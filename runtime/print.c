/* print.c — the print/println builtins, in the formats of Go's runtime/print.go, written to
 * stderr unbuffered; also the value formatting panic messages use (printany).
 *
 * Invariants:
 *   - Each rt_fmt_* appends exactly what Go's runtime print would write for that value; the
 *     gort_print_* entry points format into a small buffer and write it with one write(2).
 *   - Floats use Go's own algorithm (7 significant digits, "+d.dddddde+ddd"), not printf's,
 *     so rounding is byte-identical: println(1.5) → "+1.500000e+000", 1e21 → "+1.000000e+021".
 *   - Pointers print as 0x-hex ("0x0" for nil); an interface prints as "(type,data)".
 *
 * Example: println("a", 1, true, 0.25) → gort_print_string, gort_print_space, gort_print_int,
 *   ... gort_print_nl → "a 1 true +2.500000e-001\n" on fd 2.
 */
#include "rt_internal.h"

void rt_fmt_int(RtBuf *b, int64_t v) {
  char tmp[24];
  int n = 0;
  uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
  if (v < 0) tmp[n++] = '-';
  while (n) rt_buf_putc(b, tmp[--n]);
}

void rt_fmt_uint(RtBuf *b, uint64_t u) {
  char tmp[24];
  int n = 0;
  do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
  while (n) rt_buf_putc(b, tmp[--n]);
}

void rt_fmt_hex(RtBuf *b, uint64_t u) {
  char tmp[24];
  int n = 0;
  do { tmp[n++] = "0123456789abcdef"[u & 15]; u >>= 4; } while (u);
  rt_buf_puts(b, "0x");
  while (n) rt_buf_putc(b, tmp[--n]);
}

/* runtime/print.go printfloat */
void rt_fmt_float(RtBuf *b, double v) {
  if (v != v) { rt_buf_puts(b, "NaN"); return; }
  if (v + v == v && v > 0) { rt_buf_puts(b, "+Inf"); return; }
  if (v + v == v && v < 0) { rt_buf_puts(b, "-Inf"); return; }
  enum { N = 7 };
  char buf[N + 7];
  int e = 0;
  buf[0] = '+';
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) { v = -v; buf[0] = '-'; }
    while (v >= 10) { e++; v /= 10; }
    while (v < 1) { e--; v *= 10; }
    double h = 5.0;
    for (int i = 0; i < N; i++) h /= 10;
    v += h;
    if (v >= 10) { e++; v /= 10; }
  }
  for (int i = 0; i < N; i++) {
    int s = (int)v;
    buf[i + 2] = (char)(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[N + 2] = 'e';
  buf[N + 3] = '+';
  if (e < 0) { e = -e; buf[N + 3] = '-'; }
  buf[N + 4] = (char)(e / 100 + '0');
  buf[N + 5] = (char)((e / 10) % 10 + '0');
  buf[N + 6] = (char)(e % 10 + '0');
  rt_buf_write(b, buf, sizeof buf);
}

void rt_fmt_complex(RtBuf *b, double re, double im) {
  rt_buf_putc(b, '(');
  rt_fmt_float(b, re);
  rt_fmt_float(b, im);
  rt_buf_puts(b, "i)");
}

static void emit(RtBuf *b) {
  gort_flush();
  rt_write(2, b->p, b->len);
  rt_buf_free(b);
}

void gort_print_int(int64_t v) { RtBuf b; rt_buf_init(&b); rt_fmt_int(&b, v); emit(&b); }
void gort_print_uint(uint64_t v) { RtBuf b; rt_buf_init(&b); rt_fmt_uint(&b, v); emit(&b); }
void gort_print_float(double v) { RtBuf b; rt_buf_init(&b); rt_fmt_float(&b, v); emit(&b); }
void gort_print_bool(bool v) { rt_write(2, v ? "true" : "false", v ? 4 : 5); }
void gort_print_string(const uint8_t *p, int64_t n) { gort_flush(); rt_write(2, p, n); }
void gort_print_pointer(const void *p) {
  RtBuf b;
  rt_buf_init(&b);
  rt_fmt_hex(&b, (uint64_t)(uintptr_t)p);
  emit(&b);
}
void gort_print_space(void) { rt_write(2, " ", 1); }
void gort_print_nl(void) { rt_write(2, "\n", 1); }
void gort_print_eface(const GoType *t, void *data) {
  RtBuf b;
  rt_buf_init(&b);
  rt_buf_putc(&b, '(');
  rt_fmt_hex(&b, (uint64_t)(uintptr_t)t);
  rt_buf_putc(&b, ',');
  rt_fmt_hex(&b, (uint64_t)(uintptr_t)data);
  rt_buf_putc(&b, ')');
  emit(&b);
}
/* print of a complex value (additive to gort.h's list: codegen passes real and imaginary) */
void gort_print_complex(double re, double im) {
  RtBuf b;
  rt_buf_init(&b);
  rt_fmt_complex(&b, re, im);
  emit(&b);
}

/* ---- printany / printanycustomtype (runtime/error.go), for panic messages ---- */

/* the value at p of basic kind t->kind, as Go's print shows it; false if not basic */
static bool fmt_basic(RtBuf *b, const GoType *t, const void *p) {
  switch (t->kind) {
  case GOK_BOOL: rt_buf_puts(b, *(const uint8_t *)p ? "true" : "false"); return true;
  case GOK_INT: case GOK_INT64: rt_fmt_int(b, *(const int64_t *)p); return true;
  case GOK_INT8: rt_fmt_int(b, *(const int8_t *)p); return true;
  case GOK_INT16: rt_fmt_int(b, *(const int16_t *)p); return true;
  case GOK_INT32: rt_fmt_int(b, *(const int32_t *)p); return true;
  case GOK_UINT: case GOK_UINT64: case GOK_UINTPTR: rt_fmt_uint(b, *(const uint64_t *)p); return true;
  case GOK_UINT8: rt_fmt_uint(b, *(const uint8_t *)p); return true;
  case GOK_UINT16: rt_fmt_uint(b, *(const uint16_t *)p); return true;
  case GOK_UINT32: rt_fmt_uint(b, *(const uint32_t *)p); return true;
  case GOK_FLOAT32: rt_fmt_float(b, *(const float *)p); return true;
  case GOK_FLOAT64: rt_fmt_float(b, *(const double *)p); return true;
  case GOK_COMPLEX64: rt_fmt_complex(b, ((const float *)p)[0], ((const float *)p)[1]); return true;
  case GOK_COMPLEX128: rt_fmt_complex(b, ((const double *)p)[0], ((const double *)p)[1]); return true;
  default: return false;
  }
}

static bool is_predeclared(const GoType *t) {
  return t == &gort_type_bool || t == &gort_type_int || t == &gort_type_int8 ||
         t == &gort_type_int16 || t == &gort_type_int32 || t == &gort_type_int64 ||
         t == &gort_type_uint || t == &gort_type_uint8 || t == &gort_type_uint16 ||
         t == &gort_type_uint32 || t == &gort_type_uint64 || t == &gort_type_uintptr ||
         t == &gort_type_float32 || t == &gort_type_float64 || t == &gort_type_complex64 ||
         t == &gort_type_complex128 || t == &gort_type_string;
}

/* printany(v) of an `any` (t, data) — without the error/Stringer conversion */
void rt_format_panicval(RtBuf *b, const GoType *t, void *data) {
  if (!t) { rt_buf_puts(b, "nil"); return; }
  if (t->kind == GOK_STRING) {
    const GoString *s = data;
    if (is_predeclared(t)) { rt_buf_write(b, s->ptr, s->len); return; }
    rt_buf_puts(b, t->name);
    rt_buf_puts(b, "(\"");
    rt_buf_write(b, s->ptr, s->len);
    rt_buf_puts(b, "\")");
    return;
  }
  if (!rt_type_direct(t) && t->kind != GOK_STRUCT && t->kind != GOK_ARRAY &&
      t->kind != GOK_SLICE && t->kind != GOK_INTERFACE) {
    if (is_predeclared(t)) { fmt_basic(b, t, data); return; }
    rt_buf_puts(b, t->name);
    bool cplx = t->kind == GOK_COMPLEX64 || t->kind == GOK_COMPLEX128;
    if (!cplx) rt_buf_putc(b, '(');
    fmt_basic(b, t, data);
    if (!cplx) rt_buf_putc(b, ')');
    return;
  }
  rt_buf_putc(b, '(');
  rt_buf_puts(b, t->name);
  rt_buf_puts(b, ") ");
  rt_fmt_hex(b, (uint64_t)(uintptr_t)data);
}
