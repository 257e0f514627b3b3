/* fmt_value.c — %v of any value through its type descriptor: Go's printValue (fmt/print.go)
 * for every kind — structs {a b} / {A:a} / main.T{A:a}, arrays and slices, maps sorted like
 * internal/fmtsort, pointers (&{...} at depth 0, else the address), interfaces (the dynamic
 * value), chans, funcs — plus fmtPointer and fmtBytes.
 *
 * A value is (t, v): v points at the value. `ro` mirrors reflect's "obtained through an
 * unexported field": such values cannot be turned into interfaces, so their String()/Error()
 * methods are not used (Go prints them raw).
 */
#include "lib_internal.h"

#include <stdlib.h>

static void wr(Printer *p, const char *s) { rt_buf_puts(&p->buf, s); }
static void wc(Printer *p, int c) { rt_buf_putc(&p->buf, c); }

/* ---- fmtBytes ---- */

void fmt_fmt_bytes(Printer *p, const uint8_t *s, int64_t n, bool isnil, int verb,
                   const char *typestr) {
  switch (verb) {
  case 'v':
  case 'd':
    if (p->f.sharpV) {
      wr(p, typestr);
      if (isnil) {
        wr(p, "(nil)");
        return;
      }
      wc(p, '{');
      for (int64_t i = 0; i < n; i++) {
        if (i > 0) wr(p, ", ");
        fmt_0x64(p, s[i], true);
      }
      wc(p, '}');
    } else {
      wc(p, '[');
      for (int64_t i = 0; i < n; i++) {
        if (i > 0) wc(p, ' ');
        fmt_integer(p, s[i], 10, false, verb, fmt_ldigits);
      }
      wc(p, ']');
    }
    break;
  case 's': fmt_s(p, s, n); break; /* truncation by runes, like fmtBs */
  case 'x': fmt_sx(p, s, n, fmt_ldigits); break;
  case 'X': fmt_sx(p, s, n, fmt_udigits); break;
  case 'q': fmt_q(p, s, n); break;
  }
}

/* ---- fmtPointer ---- */

static uint64_t pointer_of(const GoType *t, const void *v) {
  return (uint64_t)(uintptr_t) * (void *const *)v; /* slices: the data pointer (first word) */
}

void fmt_fmt_pointer(Printer *p, const GoType *t, const void *v, int verb) {
  switch (t->kind) {
  case GOK_CHAN: case GOK_FUNC: case GOK_MAP: case GOK_PTR: case GOK_SLICE: case GOK_UNSAFEPTR:
    break;
  default:
    fmt_bad_verb(p, verb);
    return;
  }
  uint64_t u = pointer_of(t, v);
  switch (verb) {
  case 'v':
    if (p->f.sharpV) {
      wc(p, '(');
      wr(p, t->name);
      wr(p, ")(");
      if (u == 0)
        wr(p, "nil");
      else
        fmt_0x64(p, u, true);
      wc(p, ')');
    } else {
      if (u == 0)
        fmt_padstr(p, "<nil>");
      else
        fmt_0x64(p, u, !p->f.sharp);
    }
    break;
  case 'p': fmt_0x64(p, u, !p->f.sharp); break;
  case 'b': case 'o': case 'd': case 'x': case 'X': fmt_fmt_integer(p, u, false, verb); break;
  default: fmt_bad_verb(p, verb);
  }
}

/* ---- internal/fmtsort: ordering of map keys ---- */

static int cmp_u(uint64_t a, uint64_t b) { return a < b ? -1 : a > b ? 1 : 0; }
static int cmp_i(int64_t a, int64_t b) { return a < b ? -1 : a > b ? 1 : 0; }
static int cmp_f(double a, double b) {
  if (a != a) return -1;
  if (b != b) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

static int64_t load_int(const GoType *t, const void *v) {
  switch (t->kind) {
  case GOK_INT8: return *(const int8_t *)v;
  case GOK_INT16: return *(const int16_t *)v;
  case GOK_INT32: return *(const int32_t *)v;
  default: return *(const int64_t *)v;
  }
}

static uint64_t load_uint(const GoType *t, const void *v) {
  switch (t->kind) {
  case GOK_UINT8: return *(const uint8_t *)v;
  case GOK_UINT16: return *(const uint16_t *)v;
  case GOK_UINT32: return *(const uint32_t *)v;
  default: return *(const uint64_t *)v;
  }
}

static double load_float(const GoType *t, const void *v) {
  return t->kind == GOK_FLOAT32 ? (double)*(const float *)v : *(const double *)v;
}

static int compare_values(const GoType *t, const void *a, const void *b) {
  switch (t->kind) {
  case GOK_INT: case GOK_INT8: case GOK_INT16: case GOK_INT32: case GOK_INT64:
    return cmp_i(load_int(t, a), load_int(t, b));
  case GOK_UINT: case GOK_UINT8: case GOK_UINT16: case GOK_UINT32: case GOK_UINT64:
  case GOK_UINTPTR:
    return cmp_u(load_uint(t, a), load_uint(t, b));
  case GOK_STRING: {
    const GoString *x = a, *y = b;
    int64_t c = gort_strcmp(x->ptr, x->len, y->ptr, y->len);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  case GOK_FLOAT32: case GOK_FLOAT64: return cmp_f(load_float(t, a), load_float(t, b));
  case GOK_COMPLEX64: {
    const float *x = a, *y = b;
    int c = cmp_f(x[0], y[0]);
    return c ? c : cmp_f(x[1], y[1]);
  }
  case GOK_COMPLEX128: {
    const double *x = a, *y = b;
    int c = cmp_f(x[0], y[0]);
    return c ? c : cmp_f(x[1], y[1]);
  }
  case GOK_BOOL: {
    bool x = *(const bool *)a, y = *(const bool *)b;
    return x == y ? 0 : x ? 1 : -1;
  }
  case GOK_PTR: case GOK_UNSAFEPTR: case GOK_CHAN:
    return cmp_u((uintptr_t) * (void *const *)a, (uintptr_t) * (void *const *)b);
  case GOK_STRUCT:
    for (int i = 0; i < t->nfields; i++) {
      const GoField *f = &t->fields[i];
      int c = compare_values(f->type, (const char *)a + f->offset, (const char *)b + f->offset);
      if (c) return c;
    }
    return 0;
  case GOK_ARRAY:
    for (int64_t i = 0; i < t->len; i++) {
      uint64_t off = (uint64_t)i * t->elem->size;
      int c = compare_values(t->elem, (const char *)a + off, (const char *)b + off);
      if (c) return c;
    }
    return 0;
  case GOK_INTERFACE: {
    void *const *x = a, *const *y = b;
    const GoType *tx = rt_iface_type(t, x[0]), *ty = rt_iface_type(t, y[0]);
    if (!tx) return ty ? -1 : 0;
    if (!ty) return 1;
    /* Go orders by descriptor address, and its linker lays descriptors out sorted by
     * type name: compare names, then addresses */
    int c = tx == ty ? 0 : strcmp(tx->name, ty->name);
    if (!c) c = cmp_u((uintptr_t)tx, (uintptr_t)ty);
    if (c) return c < 0 ? -1 : 1;
    return compare_values(tx, lib_valptr(tx, &x[1]), lib_valptr(ty, &y[1]));
  }
  }
  return 0;
}

typedef struct MapEntry { const void *key, *elem; } MapEntry;

static int entry_cmp(const void *x, const void *y, void *ctx) {
  const MapEntry *a = x, *b = y;
  return compare_values(ctx, a->key, b->key);
}

/* the entries of map m (type mt), sorted by key; *n gets their number */
static MapEntry *sorted_entries(const GoType *mt, GoMap *m, int64_t *n) {
  *n = 0;
  int64_t len = gort_maplen(m);
  if (len == 0) return NULL;
  MapEntry *e = malloc((size_t)len * sizeof *e);
  GoMapIter it;
  int64_t i = 0;
  for (gort_mapiterinit(mt, m, &it); it.key && i < len; gort_mapiternext(&it)) {
    e[i].key = it.key;
    e[i].elem = it.elem;
    i++;
  }
  qsort_r(e, (size_t)i, sizeof *e, entry_cmp, (void *)mt->key);
  *n = i;
  return e;
}

/* ---- printValue ---- */

static void print_map(Printer *p, const GoType *t, const void *v, int verb, int depth, bool ro) {
  GoMap *m = *(GoMap *const *)v;
  if (p->f.sharpV) {
    wr(p, t->name);
    if (!m) {
      wr(p, "(nil)");
      return;
    }
    wc(p, '{');
  } else {
    wr(p, "map[");
  }
  int64_t n = 0;
  MapEntry *e = m ? sorted_entries(t, m, &n) : NULL;
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) wr(p, p->f.sharpV ? ", " : " ");
    fmt_print_value(p, t->key, e[i].key, verb, depth + 1, ro);
    wc(p, ':');
    fmt_print_value(p, t->elem, e[i].elem, verb, depth + 1, ro);
  }
  free(e);
  wc(p, p->f.sharpV ? '}' : ']');
}

static void print_struct(Printer *p, const GoType *t, const void *v, int verb, int depth,
                         bool ro) {
  if (p->f.sharpV) wr(p, t->name);
  wc(p, '{');
  for (int i = 0; i < t->nfields; i++) {
    const GoField *f = &t->fields[i];
    if (i > 0) wr(p, p->f.sharpV ? ", " : " ");
    if ((p->f.plusV || p->f.sharpV) && f->name && f->name[0]) {
      wr(p, f->name);
      wc(p, ':');
    }
    fmt_print_value(p, f->type, (const char *)v + f->offset, verb, depth + 1,
                    ro || !f->exported);
  }
  wc(p, '}');
}

static void print_list(Printer *p, const GoType *t, const void *v, int verb, int depth, bool ro) {
  const char *base;
  int64_t n;
  bool isnil = false;
  if (t->kind == GOK_SLICE) {
    const GoSlice *s = v;
    base = s->ptr;
    n = s->len;
    isnil = s->ptr == NULL;
  } else {
    base = v;
    n = t->len;
  }
  if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == GOK_UINT8) {
    fmt_fmt_bytes(p, (const uint8_t *)base, n, isnil, verb, t->name);
    return;
  }
  if (p->f.sharpV) {
    wr(p, t->name);
    if (t->kind == GOK_SLICE && isnil) {
      wr(p, "(nil)");
      return;
    }
    wc(p, '{');
  } else {
    wc(p, '[');
  }
  uint64_t esz = t->elem->size;
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) wr(p, p->f.sharpV ? ", " : " ");
    fmt_print_value(p, t->elem, base + (uint64_t)i * esz, verb, depth + 1, ro);
  }
  wc(p, p->f.sharpV ? '}' : ']');
}

static void print_iface(Printer *p, const GoType *t, const void *v, int verb, int depth,
                        bool ro) {
  void *const *w = v;
  const GoType *dt = rt_iface_type(t, w[0]);
  if (!dt) {
    if (p->f.sharpV) {
      wr(p, t->name);
      wr(p, "(nil)");
    } else {
      wr(p, "<nil>");
    }
    return;
  }
  fmt_print_value(p, dt, lib_valptr(dt, &w[1]), verb, depth + 1, ro);
}

static void print_pointer(Printer *p, const GoType *t, const void *v, int verb, int depth) {
  void *ptr = *(void *const *)v;
  if (depth == 0 && ptr) {
    switch (t->elem->kind) {
    case GOK_ARRAY: case GOK_SLICE: case GOK_STRUCT: case GOK_MAP:
      wc(p, '&');
      fmt_print_value(p, t->elem, ptr, verb, depth + 1, false);
      return;
    }
  }
  fmt_fmt_pointer(p, t, v, verb);
}

void fmt_print_value(Printer *p, const GoType *t, const void *v, int verb, int depth, bool ro) {
  if (depth > 0 && !ro && fmt_handle_methods(p, t, rt_dataword(t, (void *)v), verb)) return;
  p->cur_t = t;
  p->cur_p = v;
  switch (t->kind) {
  case GOK_BOOL: fmt_fmt_bool(p, *(const bool *)v, verb); break;
  case GOK_INT: case GOK_INT8: case GOK_INT16: case GOK_INT32: case GOK_INT64:
    fmt_fmt_integer(p, (uint64_t)load_int(t, v), true, verb);
    break;
  case GOK_UINT: case GOK_UINT8: case GOK_UINT16: case GOK_UINT32: case GOK_UINT64:
  case GOK_UINTPTR:
    fmt_fmt_integer(p, load_uint(t, v), false, verb);
    break;
  case GOK_FLOAT32: fmt_fmt_float(p, *(const float *)v, 32, verb); break;
  case GOK_FLOAT64: fmt_fmt_float(p, *(const double *)v, 64, verb); break;
  case GOK_COMPLEX64: {
    const float *c = v;
    fmt_fmt_complex(p, c[0], c[1], 64, verb);
    break;
  }
  case GOK_COMPLEX128: {
    const double *c = v;
    fmt_fmt_complex(p, c[0], c[1], 128, verb);
    break;
  }
  case GOK_STRING: {
    const GoString *s = v;
    fmt_fmt_string(p, s->ptr, s->len, verb);
    break;
  }
  case GOK_MAP: print_map(p, t, v, verb, depth, ro); break;
  case GOK_STRUCT: print_struct(p, t, v, verb, depth, ro); break;
  case GOK_INTERFACE: print_iface(p, t, v, verb, depth, ro); break;
  case GOK_ARRAY: case GOK_SLICE: print_list(p, t, v, verb, depth, ro); break;
  case GOK_PTR: print_pointer(p, t, v, verb, depth); break;
  case GOK_CHAN: case GOK_FUNC: case GOK_UNSAFEPTR: fmt_fmt_pointer(p, t, v, verb); break;
  default:
    wc(p, '?');
    wr(p, t->name);
    wc(p, '?');
  }
}
