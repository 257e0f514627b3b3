/* iface.c — interfaces: itabs (method tables for a concrete type under an interface), method
 * lookup by name, interface and value equality.
 *
 * Invariants:
 *   - An itab exists at most once per (interface, concrete type) pair: gort_getitab caches
 *     every itab it builds (and every failure) in a global open-addressing table, so codegen
 *     and the runtime may compare itab pointers for identity.
 *   - Matching is by method name AND signature string (GoMethod.sig, "(int) string"); both
 *     method lists are sorted by name, so one merge pass builds fun[] in the interface's order.
 *   - Itabs live forever (malloc, never freed) and hold no heap pointers.
 *   - == on values follows the spec: floats compare as numbers (+0 == -0, NaN != NaN),
 *     strings by content, interfaces by dynamic type then value, arrays and structs element
 *     by element (blank fields skipped); comparing uncomparable dynamic types panics with
 *     "runtime error: comparing uncomparable type T" like Go.
 *
 * Example: type T int; func (T) String() string; var s fmt.Stringer = T(1) → codegen calls
 *   gort_getitab(&Stringer, &T, false) → {inter=Stringer, type=T, fun={T.String wrapper}};
 *   the second call finds it in the cache.
 */
#include "rt_internal.h"
#include <pthread.h>
#include <stdlib.h>

typedef struct ItabEntry {
  const GoType *inter, *type;
  const GoItab *itab;     /* NULL: type does not implement inter */
} ItabEntry;

static pthread_mutex_t itab_lock = PTHREAD_MUTEX_INITIALIZER;
static ItabEntry *itab_table;
static size_t itab_cap, itab_count;

static size_t itab_slot(const GoType *inter, const GoType *type, size_t cap) {
  uint64_t h = ((uint64_t)(uintptr_t)inter * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)(uintptr_t)type >> 3);
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  return (size_t)h & (cap - 1);
}

static ItabEntry *itab_find(const GoType *inter, const GoType *type) {
  if (!itab_table) return NULL;
  for (size_t i = itab_slot(inter, type, itab_cap);; i = (i + 1) & (itab_cap - 1)) {
    ItabEntry *e = &itab_table[i];
    if (!e->inter) return NULL;
    if (e->inter == inter && e->type == type) return e;
  }
}

static void itab_insert(const GoType *inter, const GoType *type, const GoItab *itab) {
  if ((itab_count + 1) * 2 > itab_cap) {
    size_t ncap = itab_cap ? itab_cap * 2 : 64;
    ItabEntry *nt = calloc(ncap, sizeof *nt);
    if (!nt) rt_throw_oom();
    for (size_t i = 0; i < itab_cap; i++) {
      ItabEntry *e = &itab_table[i];
      if (!e->inter) continue;
      size_t j = itab_slot(e->inter, e->type, ncap);
      while (nt[j].inter) j = (j + 1) & (ncap - 1);
      nt[j] = *e;
    }
    free(itab_table);
    itab_table = nt;
    itab_cap = ncap;
  }
  size_t j = itab_slot(inter, type, itab_cap);
  while (itab_table[j].inter) j = (j + 1) & (itab_cap - 1);
  itab_table[j].inter = inter;
  itab_table[j].type = type;
  itab_table[j].itab = itab;
  itab_count++;
}

static bool sig_match(const char *a, const char *b) { return !a || !b || strcmp(a, b) == 0; }

/* the name of the first method of iface that t lacks (or has with another signature), or
 * NULL when t implements iface */
const char *rt_missing_method(const GoType *iface, const GoType *t) {
  int j = 0;
  for (int i = 0; i < iface->nmethods; i++) {
    const GoMethod *im = &iface->methods[i];
    while (j < t->nmethods && strcmp(t->methods[j].name, im->name) < 0) j++;
    if (j >= t->nmethods || strcmp(t->methods[j].name, im->name) != 0 ||
        !sig_match(t->methods[j].sig, im->sig))
      return im->name;
  }
  return NULL;
}

static GoItab *itab_build(const GoType *inter, const GoType *type) {
  if (rt_missing_method(inter, type)) return NULL;
  GoItab *it = malloc(sizeof *it + (size_t)inter->nmethods * sizeof(void *));
  if (!it) rt_throw_oom();
  it->inter = inter;
  it->type = type;
  int j = 0;
  for (int i = 0; i < inter->nmethods; i++) {
    while (strcmp(type->methods[j].name, inter->methods[i].name) != 0) j++;
    it->fun[i] = type->methods[j].fn;
  }
  return it;
}

const GoItab *gort_getitab(const GoType *inter, const GoType *type, bool canfail) {
  if (!type) {
    if (canfail) return NULL;
    gort_panic_assert(NULL, inter, NULL);
  }
  pthread_mutex_lock(&itab_lock);
  ItabEntry *e = itab_find(inter, type);
  const GoItab *it;
  if (e) {
    it = e->itab;
  } else {
    it = itab_build(inter, type);
    itab_insert(inter, type, it);
  }
  pthread_mutex_unlock(&itab_lock);
  if (!it && !canfail) gort_panic_assert(type, inter, NULL);
  return it;
}

bool rt_type_implements(const GoType *t, const GoType *iface) {
  return t && gort_getitab(iface, t, true) != NULL;
}

const GoMethod *rt_find_method(const GoType *t, const char *name, const char *sig) {
  if (!t) return NULL;
  int lo = 0, hi = t->nmethods;
  while (lo < hi) {   /* methods are sorted by name */
    int mid = (lo + hi) / 2;
    int c = strcmp(t->methods[mid].name, name);
    if (c == 0) return sig_match(t->methods[mid].sig, sig) ? &t->methods[mid] : NULL;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

bool rt_call_string_method(const GoType *t, void *data, const char *name, GoString *out) {
  if (!t || t->kind == GOK_INTERFACE) return false;
  const GoMethod *m = rt_find_method(t, name, "() string");
  if (!m || !m->fn) return false;
  *out = ((GoString(*)(void *))m->fn)(data);
  return true;
}

/* ---- equality ---- */

static _Noreturn void panic_uncomparable(const GoType *t) {
  RtBuf b;
  rt_buf_init(&b);
  rt_buf_puts(&b, "comparing uncomparable type ");
  rt_buf_puts(&b, t->name);
  char *msg = rt_cstr(rt_buf_string(&b));
  rt_buf_free(&b);
  rt_panic_runtime(msg);
}

bool gort_efaceeq(const GoType *t1, void *d1, const GoType *t2, void *d2) {
  if (t1 != t2) return false;
  if (!t1) return true;
  if (!(t1->flags & GOTF_COMPARABLE) && t1->kind != GOK_INTERFACE) panic_uncomparable(t1);
  if (rt_type_direct(t1)) return d1 == d2;
  return gort_memequal_type(t1, d1, d2);
}

bool gort_memequal_type(const GoType *t, const void *a, const void *b) {
  switch (t->kind) {
  case GOK_FLOAT32: return *(const float *)a == *(const float *)b;
  case GOK_FLOAT64: return *(const double *)a == *(const double *)b;
  case GOK_COMPLEX64:
    return ((const float *)a)[0] == ((const float *)b)[0] &&
           ((const float *)a)[1] == ((const float *)b)[1];
  case GOK_COMPLEX128:
    return ((const double *)a)[0] == ((const double *)b)[0] &&
           ((const double *)a)[1] == ((const double *)b)[1];
  case GOK_STRING: {
    const GoString *x = a, *y = b;
    return gort_streq(x->ptr, x->len, y->ptr, y->len);
  }
  case GOK_INTERFACE: {
    void *const *x = a, *const *y = b;
    const GoType *tx = rt_iface_type(t, x[0]), *ty = rt_iface_type(t, y[0]);
    return gort_efaceeq(tx, x[1], ty, y[1]);
  }
  case GOK_ARRAY:
    for (int64_t i = 0; i < t->len; i++) {
      uint64_t off = (uint64_t)i * t->elem->size;
      if (!gort_memequal_type(t->elem, (const char *)a + off, (const char *)b + off))
        return false;
    }
    return true;
  case GOK_STRUCT:
    for (int i = 0; i < t->nfields; i++) {
      const GoField *f = &t->fields[i];
      if (f->name && strcmp(f->name, "_") == 0) continue;
      if (!gort_memequal_type(f->type, (const char *)a + f->offset, (const char *)b + f->offset))
        return false;
    }
    return true;
  case GOK_SLICE: case GOK_MAP: case GOK_FUNC:
    panic_uncomparable(t);
  default:
    return memcmp(a, b, t->size) == 0;
  }
}
