/* reflectlite.c — the C half of gosub's internal/reflectlite (sema/prelude/
 * internal_reflectlite.go): questions about type descriptors and the typed stores the Go half
 * cannot write itself. Names and arguments follow gort.h's rule for functions declared
 * without a body (an `any` argument arrives as its two words). */
#include <string.h>

#include "rt_internal.h"

void *reflectlite_typeword(const GoType *t, void *data) { (void)data; return (void *)t; }
void *reflectlite_dataword(const GoType *t, void *data) { (void)t; return data; }
void reflectlite_escapes(const GoType *t, void *data) { (void)t; (void)data; }
uint64_t reflectlite_kind(const GoType *t) { return t->kind; }
bool reflectlite_named(const GoType *t) { return t->flags & GOTF_NAMED; }
bool reflectlite_comparable(const GoType *t) { return t->flags & GOTF_COMPARABLE; }
uint64_t reflectlite_size(const GoType *t) { return t->size; }
int64_t reflectlite_arraylen(const GoType *t) { return t->len; }
bool reflectlite_direct(const GoType *t) { return rt_type_direct(t); }
bool reflectlite_implements(const GoType *t, const GoType *iface) {
  return rt_type_implements(t, iface);
}

const GoType *reflectlite_elem(const GoType *t) {
  switch (t->kind) {
  case GOK_PTR: case GOK_SLICE: case GOK_ARRAY: case GOK_CHAN: case GOK_MAP: return t->elem;
  default: return NULL;
  }
}

GoString reflectlite_name(const GoType *t) {
  return (GoString){(const uint8_t *)t->name, (int64_t)strlen(t->name)};
}

const GoType *reflectlite_ifacetype(const GoType *iface, void *p) {
  return rt_iface_type(iface, *(void **)p);
}

void *reflectlite_unsafe_New(const GoType *t) { return gort_alloc(t); }

/* a typed copy: every pointer word of the destination is stored through the barrier */
void reflectlite_typedmemmove(const GoType *t, void *dst, const void *src) {
  if (dst == src || !t->size) return;
  if (t->ptrdata && gort_writebarrier) {
    for (uint64_t w = 0; w * 8 < t->ptrdata; w++)
      if (t->gcmask[w / 8] & (1u << (w % 8)))
        gort_wb((void **)((char *)dst + w * 8), *(void *const *)((const char *)src + w * 8));
  }
  memmove(dst, src, t->size);
}

void reflectlite_ifaceset(const GoType *iface, void *dst, const GoType *t, void *data) {
  void **w = dst;
  const void *word0 = iface->nmethods == 0 ? (const void *)t : (const void *)gort_getitab(iface, t, false);
  w[0] = (void *)word0;
  if (gort_writebarrier) gort_wb(&w[1], data);
  w[1] = data;
}

GoEface reflectlite_packEface(const GoType *t, void *data) { return (GoEface){t, data}; }

GoEface reflectlite_ifaceToEface(const GoType *iface, void *p) {
  void **w = p;
  return (GoEface){rt_iface_type(iface, w[0]), w[1]};
}

/* Every descriptor codegen emits is in the section gosub_types (an array of GoType); the
 * linker bounds it with __start_/__stop_ symbols (weak: a program may have none). */
extern const GoType __start_gosub_types[] __attribute__((weak));
extern const GoType __stop_gosub_types[] __attribute__((weak));

const GoType *reflectlite_ptrTo(const GoType *t) {
  for (const GoType *d = __start_gosub_types; d && d < __stop_gosub_types; d++)
    if (d->kind == GOK_PTR && d->elem == t) return d;
  return NULL;
}
