/* errors.c — the error values fmt's C body makes (package errors itself is compiled from
 * Go's source): *errors.errorString (fmt.Errorf without %w, write errors) and
 * *fmt.wrapError (fmt.Errorf with %w). Their descriptors are static data here, distinct
 * from the descriptors codegen emits for errors' own Go type (an error made here is never
 * compared by type with one made by errors.New); their `error` itabs come from gort_getitab
 * (one itab per pair program-wide), so errors can be made before main.
 *
 * Example: fmt.Errorf("boom") → GoIface{itab(error, *errors.errorString), &errorString{"boom"}};
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
