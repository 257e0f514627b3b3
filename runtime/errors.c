/* errors.c — package errors (New, Is, Unwrap) and the runtime-owned error types every
 * library file uses: *errors.errorString (errors.New) and *fmt.wrapError (fmt.Errorf with
 * %w). Their descriptors are static data here; their `error` itabs come from gort_getitab
 * (one itab per pair program-wide), so errors can be made before main (strconv.ErrRange).
 *
 * Example: errors.New("boom") → GoIface{itab(error, *errors.errorString), &errorString{"boom"}};
 *          err.Error() calls itab->fun[0](data) → "boom".
 */
#include "lib_internal.h"

/* ---- *errors.errorString ---- */

typedef struct ErrorString { GoString s; } ErrorString;

static GoString errorString_Error(void *data) { return ((ErrorString *)data)->s; }

static const uint8_t mask_w0[1] = {0x1};
static const GoField errstr_fields[1] = {{"s", &gort_type_string, 0, 0, 0}};
static const GoType errstr_type = {16, 8, mask_w0, 0xe1cff86fu, GOK_STRUCT, 8,
    GOTF_NAMED | GOTF_COMPARABLE, 0, "errors.errorString", NULL, NULL, 0, 1, 0,
    errstr_fields, NULL};
static const GoMethod errstr_methods[1] = {{"Error", "() string", (void *)errorString_Error}};
const GoType lib_type_errorString_ptr = {8, 8, mask_w0, 0x2ac03657u, GOK_PTR, 8,
    GOTF_COMPARABLE, 0, "*errors.errorString", &errstr_type, NULL, 0, 0, 1, NULL,
    errstr_methods};
static const GoItab *errstr_itab;

GoIface lib_errors_new(GoString msg) {
  ErrorString *e = rt_alloc_typed(&errstr_type, 1);
  e->s = msg;
  return lib_make_error(&lib_type_errorString_ptr, e, &errstr_itab);
}

/* a permanent error made before main (package variables); not in the Go heap */
GoIface lib_errors_static(void *storage, const char *msg) {
  ((ErrorString *)storage)->s = rt_str_static(msg);
  return lib_make_error(&lib_type_errorString_ptr, storage, &errstr_itab);
}

GoIface errors_New(const uint8_t *p, int64_t n) {
  GoString s = {p, n};
  return lib_errors_new(s);
}

/* ---- *fmt.wrapError ---- */

typedef struct WrapError { GoString msg; GoIface err; } WrapError;

static GoString wrapError_Error(void *data) { return ((WrapError *)data)->msg; }
static GoIface wrapError_Unwrap(void *data) { return ((WrapError *)data)->err; }

static const uint8_t mask_wrap[1] = {0xd}; /* msg.ptr, err.itab, err.data */
static const GoField wrap_fields[2] = {{"msg", &gort_type_string, 0, 0, 0},
                                       {"err", &gort_type_error, 16, 0, 0}};
static const GoType wrap_type = {32, 32, mask_wrap, 0x54d39b50u, GOK_STRUCT, 8,
    GOTF_NAMED | GOTF_COMPARABLE, 0, "fmt.wrapError", NULL, NULL, 0, 2, 0, wrap_fields, NULL};
static const GoMethod wrap_methods[2] = {{"Error", "() string", (void *)wrapError_Error},
                                         {"Unwrap", "() error", (void *)wrapError_Unwrap}};
const GoType lib_type_wrapError_ptr = {8, 8, mask_w0, 0x2b665608u, GOK_PTR, 8,
    GOTF_COMPARABLE, 0, "*fmt.wrapError", &wrap_type, NULL, 0, 0, 2, NULL, wrap_methods};
static const GoItab *wrap_itab;

GoIface lib_fmt_error(GoString msg, GoIface wrapped) {
  if (!wrapped.itab) return lib_errors_new(msg);
  WrapError *w = rt_alloc_typed(&wrap_type, 1);
  w->msg = msg;
  w->err = wrapped;
  return lib_make_error(&lib_type_wrapError_ptr, w, &wrap_itab);
}

GoIface lib_make_error(const GoType *t, void *ptr, const GoItab **cache) {
  const GoItab *it = __atomic_load_n(cache, __ATOMIC_ACQUIRE);
  if (!it) {
    it = gort_getitab(&gort_type_error, t, false);
    __atomic_store_n(cache, it, __ATOMIC_RELEASE);
  }
  GoIface r = {it, ptr};
  return r;
}


/* ---- Unwrap / Is ---- */

GoIface errors_Unwrap(const GoItab *itab, void *data) {
  GoIface none = {NULL, NULL};
  if (!itab) return none;
  const GoMethod *m = rt_find_method(itab->type, "Unwrap", "() error");
  if (!m) return none;
  return ((GoIface(*)(void *))m->fn)(data);
}

bool errors_Is(const GoItab *eitab, void *edata, const GoItab *titab, void *tdata) {
  if (!titab) return eitab == NULL;
  bool comparable = (titab->type->flags & GOTF_COMPARABLE) != 0;
  for (;;) {
    if (!eitab) return false;
    if (comparable && gort_efaceeq(eitab->type, edata, titab->type, tdata)) return true;
    const GoMethod *is = rt_find_method(eitab->type, "Is", "(error) bool");
    if (is && ((bool (*)(void *, const GoItab *, void *))is->fn)(edata, titab, tdata))
      return true;
    GoIface next = errors_Unwrap(eitab, edata);
    eitab = next.itab;
    edata = next.data;
  }
}

/* errors.As(err, target any): the first error in err's chain assignable to *target is
 * stored there. target is a non-nil pointer (its data word is the pointer). */
static bool assignable(const GoType *t, const GoType *to) {
  if (to->kind == GOK_INTERFACE) return rt_type_implements(t, to);
  if (t == to) return true;
  /* runtime-owned error types may also be described by codegen under the same name */
  return t->kind == to->kind && (t->flags & GOTF_NAMED || t->kind == GOK_PTR) &&
         (strncmp(t->name, "*strconv.", 9) == 0 || strncmp(t->name, "*errors.", 8) == 0 ||
          strncmp(t->name, "*fmt.", 5) == 0) &&
         strcmp(t->name, to->name) == 0;
}

static void store_as(const GoType *to, void *dst, const GoType *t, void *data) {
  if (to->kind == GOK_INTERFACE) {
    void **w = dst;
    lib_store_ptr(&w[0], to->nmethods == 0 ? (void *)t : (void *)gort_getitab(to, t, false));
    lib_store_ptr(&w[1], data);
  } else if (rt_type_direct(t)) {
    lib_store_ptr(dst, data);
  } else {
    for (uint64_t off = 0; off + 8 <= t->ptrdata; off += 8) /* pointer words first */
      if (t->gcmask && (t->gcmask[off / 64] >> (off / 8 % 8) & 1))
        lib_store_ptr((char *)dst + off, *(void **)((char *)data + off));
    memcpy(dst, data, t->size);
  }
}

bool errors_As(const GoItab *eitab, void *edata, const GoType *tt, void *target) {
  if (!tt) rt_panic_string("errors: target cannot be nil");
  if (tt->kind != GOK_PTR || !target) rt_panic_string("errors: target must be a non-nil pointer");
  const GoType *to = tt->elem;
  if (to->kind != GOK_INTERFACE && !rt_type_implements(to, &gort_type_error))
    rt_panic_string("errors: *target must be interface or implement error");
  while (eitab) {
    if (assignable(eitab->type, to)) {
      store_as(to, target, eitab->type, edata);
      return true;
    }
    const GoMethod *as = rt_find_method(eitab->type, "As", "(interface {}) bool");
    if (!as) as = rt_find_method(eitab->type, "As", "(any) bool");
    if (as && ((bool (*)(void *, const GoType *, void *))as->fn)(edata, tt, target)) return true;
    GoIface next = errors_Unwrap(eitab, edata);
    eitab = next.itab;
    edata = next.data;
  }
  return false;
}
