/* types.c — the canonical descriptors of Go's predeclared types (gort.h). Codegen refers to
 * these symbols instead of emitting its own, so type identity is pointer identity everywhere.
 *
 * Invariants:
 *   - name is what %T prints: "int", "uint8" (byte), "int32" (rune), "error", "interface {}".
 *   - hash is FNV-1a (32-bit) of the name; codegen computes its descriptors' hash the same way
 *     (rt_type_hash) — used only to speed up itab lookups, never for identity.
 *   - predeclared types do not carry GOTF_NAMED (it marks user-defined "pkg.Name" types);
 *     all of them are comparable.
 *   - gcmask: string → word 0 is a pointer; interfaces → both words (the type/itab word points
 *     to static data, scanning it is harmless); unsafe.Pointer → word 0.
 * Example: gort_type_string = {size 16, ptrdata 8, gcmask {0x1}, kind GOK_STRING, "string"}.
 */
#include "rt_internal.h"

uint32_t rt_type_hash(const char *name) {
  uint32_t h = 2166136261u;
  for (const unsigned char *p = (const unsigned char *)name; *p; p++) h = (h ^ *p) * 16777619u;
  return h;
}

static const uint8_t mask1[1] = {0x1}, mask2[1] = {0x3};
#define BASIC(sym, nm, sz, k, h) \
  const GoType sym = {sz, 0, NULL, h, k, sz, GOTF_COMPARABLE, 0, nm, NULL, NULL, 0, 0, 0, NULL, NULL}

BASIC(gort_type_bool, "bool", 1, GOK_BOOL, 0xc894953du);
BASIC(gort_type_int, "int", 8, GOK_INT, 0x95e97e5eu);
BASIC(gort_type_int8, "int8", 1, GOK_INT8, 0x6491fa92u);
BASIC(gort_type_int16, "int16", 2, GOK_INT16, 0x07e372d1u);
BASIC(gort_type_int32, "int32", 4, GOK_INT32, 0xfbdee2bfu);
BASIC(gort_type_int64, "int64", 8, GOK_INT64, 0x03d22364u);
BASIC(gort_type_uint, "uint", 8, GOK_UINT, 0xcb9836a1u);
BASIC(gort_type_uint8, "uint8", 1, GOK_UINT8, 0x199df2dbu);
BASIC(gort_type_uint16, "uint16", 2, GOK_UINT16, 0xae8ebef2u);
BASIC(gort_type_uint32, "uint32", 4, GOK_UINT32, 0x32940becu);
BASIC(gort_type_uint64, "uint64", 8, GOK_UINT64, 0xaea00813u);
BASIC(gort_type_uintptr, "uintptr", 8, GOK_UINTPTR, 0xfcd16165u);
BASIC(gort_type_float32, "float32", 4, GOK_FLOAT32, 0xe89f7410u);
BASIC(gort_type_float64, "float64", 8, GOK_FLOAT64, 0x7c980e47u);
const GoType gort_type_complex64 = {8, 0, NULL, 0xe1067665u, GOK_COMPLEX64, 4,
    GOTF_COMPARABLE, 0, "complex64", NULL, NULL, 0, 0, 0, NULL, NULL};
const GoType gort_type_complex128 = {16, 0, NULL, 0xb000c0e8u, GOK_COMPLEX128, 8,
    GOTF_COMPARABLE, 0, "complex128", NULL, NULL, 0, 0, 0, NULL, NULL};
const GoType gort_type_string = {16, 8, mask1, 0x17c16538u, GOK_STRING, 8, GOTF_COMPARABLE, 0,
    "string", NULL, NULL, 0, 0, 0, NULL, NULL};
const GoType gort_type_unsafeptr = {8, 8, mask1, 0xb24f7ca0u, GOK_UNSAFEPTR, 8,
    GOTF_COMPARABLE, 0, "unsafe.Pointer", NULL, NULL, 0, 0, 0, NULL, NULL};
static const GoMethod error_methods[1] = {{"Error", "() string", NULL}};
const GoType gort_type_error = {16, 16, mask2, 0x21918751u, GOK_INTERFACE, 8,
    GOTF_COMPARABLE, 0, "error", NULL, NULL, 0, 0, 1, NULL, error_methods};
const GoType gort_type_any = {16, 16, mask2, 0xd8f76804u, GOK_INTERFACE, 8,
    GOTF_COMPARABLE, 0, "interface {}", NULL, NULL, 0, 0, 0, NULL, NULL};
