/* gort.h — the contract between generated code (codegen/) and the runtime library
 * (runtime/, libgosubrt.a). Codegen emits calls to these functions and data in these layouts;
 * nothing else of the runtime is visible to generated code.
 *
 * ---- Value layouts (64-bit targets) ----
 *   int, uint, uintptr  i64        bool   i8 in memory (0/1), i1 zeroext in calls
 *   string   GoString {ptr, len}               16 bytes
 *   slice    GoSlice  {ptr, len, cap}          24 bytes
 *   any      GoEface  {const GoType *type, void *data}
 *   iface    GoIface  {const GoItab *itab, void *data}
 *     data is the value itself when the dynamic type is pointer-shaped (pointer, map, chan,
 *     func, unsafe.Pointer), otherwise a pointer to a (heap or frame or read-only) copy.
 *   map      GoMap*       chan   GoChan*
 *   func     pointer to a closure record {void *fn, captured...}; NULL is the nil func.
 *   struct / array: C layout with Go's alignments; multiple results: a struct.
 *
 * ---- Calling runtime functions (C ABI) ----
 *   Arguments are passed as scalars: a string as (ptr, len), a slice as (ptr, len, cap), an
 *   interface as (type-or-itab, data). A result of one or two words is returned by value
 *   (GoString and GoEface are returned in two registers on x86-64 and aarch64 alike); bigger
 *   results (slices, tuples) are written through a first `ret` pointer argument.
 *   Standard-library functions declared without a body (fmt.Println, strings.Index ...) follow
 *   the same rule; their C names are the Go name with '.' replaced by '_' (fmt_Println).
 *   Tuples written through `ret` are laid out as a C struct of the Go results in order.
 *
 * ---- Method tables ----
 *   An itab's fun[i] and a GoMethod's fn take the interface data word as the first argument,
 *   then the method's arguments (same scalar rule for runtime-called methods such as
 *   String() and Error(): GoString fn(void *data)).
 *
 * ---- Program start ----
 *   The runtime's C main() initialises itself and the scheduler, saves os.Args, and runs the
 *   main goroutine: gosub_main_init() (package variable initialisation and init() functions,
 *   generated) then gosub_main_main(), then exits 0 (after main returns, like Go, without
 *   waiting for other goroutines). All generated code runs on goroutine stacks.
 */
#ifndef GOSUB_GORT_H
#define GOSUB_GORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct GoString { const uint8_t *ptr; int64_t len; } GoString;
typedef struct GoSlice { void *ptr; int64_t len, cap; } GoSlice;
typedef struct GoType GoType;
typedef struct GoItab GoItab;
typedef struct GoEface { const GoType *type; void *data; } GoEface;
typedef struct GoIface { const GoItab *itab; void *data; } GoIface;

/* reflect.Kind numbering */
enum {
  GOK_INVALID, GOK_BOOL, GOK_INT, GOK_INT8, GOK_INT16, GOK_INT32, GOK_INT64, GOK_UINT,
  GOK_UINT8, GOK_UINT16, GOK_UINT32, GOK_UINT64, GOK_UINTPTR, GOK_FLOAT32, GOK_FLOAT64,
  GOK_COMPLEX64, GOK_COMPLEX128, GOK_ARRAY, GOK_CHAN, GOK_FUNC, GOK_INTERFACE, GOK_MAP,
  GOK_PTR, GOK_SLICE, GOK_STRING, GOK_STRUCT, GOK_UNSAFEPTR,
};

/* GoType.flags */
enum {
  GOTF_NAMED = 1,       /* a defined type: name is "pkg.Name" */
  GOTF_COMPARABLE = 2,  /* == is defined (map keys, interface comparison) */
  GOTF_EXPORTED = 4,    /* unused yet */
};

typedef struct GoField {
  const char *name;      /* field name ("" never: embedded fields carry the type name) */
  const GoType *type;
  uint64_t offset;
  uint8_t embedded, exported;
} GoField;

typedef struct GoMethod {
  const char *name;      /* "String" */
  const char *sig;       /* the method's type as Go prints it without "func": "() string" */
  void *fn;              /* wrapper: fn(void *data, args...) ; NULL in interface types */
} GoMethod;

/* A type descriptor: emitted once per type by codegen (read-only data), used by the
 * allocator and collector (size, gcmask), interfaces and type switches (identity is pointer
 * identity; hash speeds up lookups), maps (hash/equality by kind), and fmt (%v %T). */
struct GoType {
  uint64_t size;
  uint64_t ptrdata;          /* bytes of prefix that may hold pointers; 0 = pointer-free */
  const uint8_t *gcmask;     /* 1 bit per 8-byte word of the ptrdata prefix; bit set = pointer */
  uint32_t hash;             /* hash of the type's name string */
  uint8_t kind;              /* GOK_* */
  uint8_t align;
  uint8_t flags;             /* GOTF_* */
  uint8_t chandir;           /* chan: 1 send-only, 2 recv-only, 3 both */
  const char *name;          /* as %T prints it: "int", "main.Person", "[]int", "*main.T" */
  const GoType *elem;        /* ptr, slice, array, chan: element; map: value */
  const GoType *key;         /* map: key */
  int64_t len;               /* array: length */
  int32_t nfields;           /* struct */
  int32_t nmethods;          /* methods (named types and pointers to them) or interface methods */
  const GoField *fields;
  const GoMethod *methods;   /* sorted by name */
};

struct GoItab {
  const GoType *inter;       /* interface type */
  const GoType *type;        /* dynamic (concrete) type */
  void *fun[];               /* inter's methods in inter->methods order */
};

/* ---- the standard library (sema/prelude/ declares it; the runtime implements it) ----
 * Naming: package function  pkg.F        → C `pkg_F` (path "unicode/utf8" → `utf8_F`,
 *                                           "sync/atomic" → `atomic_F`)
 *         method            (*pkg.T).M   → C `pkg_T_M`, receiver (pointer or value, by the
 *                                           scalar rule) as the first argument
 *         package variable  pkg.V        → C global `pkg_V` of the Go layout (os_Args is a
 *                                           GoSlice, os_Stdout a pointer, strconv_ErrRange a
 *                                           GoIface).
 * Types declared in the prelude (strings.Builder, runtime.MemStats, sync.WaitGroup ...) have
 * the Go layout of their declared fields; their descriptors are emitted by codegen like any
 * other type.
 *
 * Canonical descriptors: the runtime defines the descriptors of the predeclared types and
 * codegen uses these (never its own) so that type identity is pointer identity program-wide.
 * gort_type_error is the `error` interface, gort_type_any the empty interface. */
extern const GoType gort_type_bool, gort_type_int, gort_type_int8, gort_type_int16,
    gort_type_int32, gort_type_int64, gort_type_uint, gort_type_uint8, gort_type_uint16,
    gort_type_uint32, gort_type_uint64, gort_type_uintptr, gort_type_float32,
    gort_type_float64, gort_type_complex64, gort_type_complex128, gort_type_string,
    gort_type_unsafeptr, gort_type_error, gort_type_any;

/* runtime.MemStats as sema/prelude/runtime.go declares it (Go 1.19's layout). */
typedef struct GoMemStats {
  uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees, HeapAlloc, HeapSys, HeapIdle,
      HeapInuse, HeapReleased, HeapObjects, StackInuse, StackSys, MSpanInuse, MSpanSys,
      MCacheInuse, MCacheSys, BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs;
  uint64_t PauseNs[256], PauseEnd[256];
  uint32_t NumGC, NumForcedGC;
  double GCCPUFraction;
  bool EnableGC, DebugGC;
  struct { uint32_t Size; uint64_t Mallocs, Frees; } BySize[61];
} GoMemStats;

/* A package variable holding pointers, for the collector: codegen puts one per such variable
 * in the section "gosub_gcroots" of every package's object; the linker gathers them between
 * __start_gosub_gcroots and __stop_gosub_gcroots. */
typedef struct GoRoot { void *addr; const GoType *type; } GoRoot;

/* ---- Go functions and closures ----
 * Every Go function (top-level, method, func literal) takes the closure record as a hidden
 * first argument `void *ctx` (ignored by top-level functions), then its parameters (a method's
 * receiver first) by the scalar rule above, and returns like runtime functions do. A func
 * value is a pointer to a record whose first word is the code pointer; the runtime calls a
 * `func()` value f as ((void (*)(void *))*(void **)f)(f) — enough for goroutines,
 * sync.Once.Do and deferred calls. */

/* ---- memory ---- */
void *gort_alloc(const GoType *t);                     /* one zeroed object of type t */
void *gort_alloc_array(const GoType *elem, int64_t n); /* n zeroed elements */
void gort_memstats_read(void *out);                    /* runtime.ReadMemStats */

/* ---- allocation sites (allocsite.c, GOSUBDEBUG=allocs=1) ----
 * Codegen allocates for the program through these: the same as gort_alloc, gort_alloc_array,
 * gort_makemap and gort_makechan, plus the 1-based index of the allocation site in the table
 * gosub_allocsites ({const char *pos, *what, *type}[gosub_nallocsites]) it emits with the
 * program; when GOSUBDEBUG=allocs=1 they count per site, and the counts print at exit. */
typedef struct GoMap GoMap;
typedef struct GoChan GoChan;
void *gort_alloc_at(const GoType *t, int32_t site);
void *gort_alloc_array_at(const GoType *elem, int64_t n, int32_t site);
GoMap *gort_makemap_at(const GoType *maptype, int64_t hint, int32_t site);
GoChan *gort_makechan_at(const GoType *chantype, int64_t size, int32_t site);

/* ---- strings ---- */
GoString gort_concat2(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen);
GoString gort_concatn(const GoString *parts, int64_t n);
int64_t gort_strcmp(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen); /* <0 0 >0 */
bool gort_streq(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen);
GoString gort_string_from_bytes(const uint8_t *p, int64_t n);
GoString gort_string_from_runes(const int32_t *p, int64_t n);
GoString gort_string_from_rune(int64_t r);
void gort_bytes_from_string(GoSlice *ret, const uint8_t *p, int64_t n);
void gort_runes_from_string(GoSlice *ret, const uint8_t *p, int64_t n);
/* for range over a string: decode the rune at s[i]; returns rune and sets *next */
int32_t gort_decoderune(const uint8_t *p, int64_t n, int64_t i, int64_t *next);

/* ---- slices ---- */
/* append: grow s (by Go's growth rule) so that it has room for `add` more elements;
 * writes the new slice header (len already increased by add) to ret. */
void gort_growslice(GoSlice *ret, const GoType *elem, void *ptr, int64_t len, int64_t cap,
                    int64_t add);
int64_t gort_slicecopy(void *dst, int64_t dlen, const void *src, int64_t slen, int64_t esize);

/* ---- panics (never return) ---- */
_Noreturn void gort_panic(const GoType *t, void *data);   /* panic(v) with v as an any */
_Noreturn void gort_panic_index(int64_t i, int64_t len);
_Noreturn void gort_panic_slice(int kind, int64_t x, int64_t y); /* kinds: see panic.c */
/* gort_panic_slice kinds (Go's runtime/error.go boundsCode; x and y are signed):
 *   GORT_SLICE_ALEN    s[:x] with len y          "slice bounds out of range [:x] with length y"
 *   GORT_SLICE_ACAP    s[:x] with cap y          "slice bounds out of range [:x] with capacity y"
 *   GORT_SLICE_B       s[x:y] with x > y         "slice bounds out of range [x:y]"
 *   GORT_SLICE3_ALEN   s[::x] (array/string len) "slice bounds out of range [::x] with length y"
 *   GORT_SLICE3_ACAP   s[::x] with cap y         "slice bounds out of range [::x] with capacity y"
 *   GORT_SLICE3_B      s[:x:y] with x > y        "slice bounds out of range [:x:y]"
 *   GORT_SLICE3_C      s[x:y:] with x > y        "slice bounds out of range [x:y:]"
 *   GORT_SLICE_CONVERT (*[x]T)(s), len(s)=y      "cannot convert slice with length y to
 *                                                 pointer to array with length x"
 *   GORT_SLICE_INDEX   same as gort_panic_index(x, y)
 * A negative x prints Go's short form, e.g. "slice bounds out of range [:-1]" (no "with"). */
enum {
  GORT_SLICE_INDEX, GORT_SLICE_ALEN, GORT_SLICE_ACAP, GORT_SLICE_B, GORT_SLICE3_ALEN,
  GORT_SLICE3_ACAP, GORT_SLICE3_B, GORT_SLICE3_C, GORT_SLICE_CONVERT,
};
_Noreturn void gort_panic_divide(void);
_Noreturn void gort_panic_nil(void);           /* nil pointer dereference (+ SIGSEGV line) */
_Noreturn void gort_panic_shift(void);
_Noreturn void gort_panic_makelen(void);
_Noreturn void gort_panic_makecap(void);
_Noreturn void gort_panic_nilmap(void);
_Noreturn void gort_panic_assert(const GoType *have, const GoType *want, const GoType *iface);
/* a value method of T called through a nil *T (the pointer wrapper's nil check): panics
 * "value method main.T.F called using nil *T pointer" (Go's panicwrap; recover()able). */
_Noreturn void gort_panicwrap(const GoType *t, const char *method);
/* the body of a library function gosub cannot compile yet: panics with msg ("gosub:
 * io.(*pipe).write: select statement not supported yet") */
_Noreturn void gort_panic_unsupported(const char *msg);
/* println of a complex value */
void gort_print_complex(double re, double im);
/* print/println builtins (to stderr, Go's format) */
void gort_print_int(int64_t v), gort_print_uint(uint64_t v), gort_print_float(double v),
    gort_print_bool(bool v), gort_print_string(const uint8_t *p, int64_t n),
    gort_print_pointer(const void *p), gort_print_space(void), gort_print_nl(void),
    gort_print_eface(const GoType *t, void *data);

/* ---- interfaces ---- */
const GoItab *gort_getitab(const GoType *inter, const GoType *type, bool canfail);
bool gort_efaceeq(const GoType *t1, void *d1, const GoType *t2, void *d2); /* panics if
                                                                          uncomparable */
bool gort_memequal_type(const GoType *t, const void *a, const void *b); /* == on values of t */

/* ---- maps (generic by key/elem descriptor) ---- */
typedef struct GoMap GoMap;
GoMap *gort_makemap(const GoType *maptype, int64_t hint);
void *gort_mapaccess(const GoType *maptype, GoMap *m, const void *key);  /* NULL if absent */
void *gort_mapassign(const GoType *maptype, GoMap *m, const void *key);  /* slot for value */
void gort_mapdelete(const GoType *maptype, GoMap *m, const void *key);
int64_t gort_maplen(GoMap *m);
typedef struct GoMapIter { void *key, *elem; void *priv[6]; } GoMapIter;
void gort_mapiterinit(const GoType *maptype, GoMap *m, GoMapIter *it);  /* random start */
void gort_mapiternext(GoMapIter *it);                                   /* key NULL at end */

/* ---- goroutines, channels and select (runtime/sched.c, chan.c, select.c) ---- */
/* go f(args): a func() closure record (its fn calls f with the saved arguments) */
void gort_go(void *closure);
typedef struct GoChan GoChan;
GoChan *gort_makechan(const GoType *chantype, int64_t size);
void gort_chansend(GoChan *c, const void *elem);   /* blocks; nil c: forever */
bool gort_chanrecv(GoChan *c, void *elem);   /* false when closed and empty (zeroes elem);
                                                elem may be NULL (value discarded) */
void gort_chanclose(GoChan *c);
int64_t gort_chanlen(GoChan *c), gort_chancap(GoChan *c);
/* select: cases[0, nsends) are sends (elem: the value), cases[nsends, nsends+nrecvs)
 * receives (elem: where the value goes, or NULL). Returns the index of the case that ran,
 * or -1 when none was ready and block is false (the default case); *recvok tells a received
 * value from a closed channel's zero value. */
typedef struct GoSelCase { GoChan *c; void *elem; } GoSelCase;
int64_t gort_select(GoSelCase *cases, int64_t nsends, int64_t nrecvs, int64_t block, bool *recvok);
void gort_block(void);                         /* select {}: never returns */

/* ---- defer / panic / recover ----
 * A function that contains `defer` owns a GoFrame in its stack frame:
 *     gort_frame_push(&fr); if (setjmp-like gort_frame_catch(&fr) != 0) goto recovered;
 *     ... body; defer f(args) → gort_defer(&fr, closure) with a closure record that holds
 *     the evaluated arguments and whose fn takes the record as its only argument ...
 *     return path: gort_frame_pop(&fr) runs the deferred closures LIFO, then returns.
 *     recovered: (a deferred call recovered a panic) → gort_frame_pop(&fr); return the
 *     current values of the named results (kept in memory).
 * gort_panic runs the deferred calls of every frame from the innermost; recover() inside a
 * deferred call stops the panic, and the runtime longjmps to that frame's catch point.
 * gort_frame_catch is a macro around __builtin_setjmp/setjmp on fr->jb in generated code:
 * codegen calls `setjmp` (returns_twice) on &fr.jb directly. */
typedef struct GoDefer GoDefer;
typedef struct GoFrame {
  struct GoFrame *prev;
  GoDefer *defers;
  void *panic;                 /* the panic being handled when the frame was entered */
  long jb[40];                 /* jmp_buf storage (large enough for glibc x86-64/aarch64) */
} GoFrame;
void gort_frame_push(GoFrame *fr);
void gort_frame_pop(GoFrame *fr);
void gort_defer(GoFrame *fr, void *closure);
GoEface gort_recover(void);

/* ---- stack checks and safepoints (runtime/stack.c, proc.c) ----
 * Every goroutine runs on a stack slot of GORT_STACK_SLOT bytes aligned to its size; the
 * last 8-byte word of the slot is the goroutine's stack guard:
 *     guard = *(uintptr_t *)((sp | (GORT_STACK_SLOT - 1)) - 7)
 * Every Go function checks on entry `sp - framesize < guard` and then calls
 * gort_morestack(framesize) (a stack overflow, the first deep descent, or a request to stop
 * at a safepoint); every loop back-edge checks `guard == GORT_STACK_PREEMPT` and calls
 * gort_morestack(0). The runtime sets the guard to GORT_STACK_PREEMPT to preempt a goroutine
 * or to stop the world. */
#define GORT_STACK_SLOT ((uintptr_t)1 << 28)
#define GORT_STACK_PREEMPT (~(uintptr_t)0)
void gort_morestack(uintptr_t framesize);

/* ---- write barrier (runtime/mgcmark.c) ----
 * A pointer store into the heap or a global checks gort_writebarrier and, when set, calls
 * gort_wb(slot, new) before storing. A store of a value with many pointer words, and zeroing
 * such memory, calls gort_wb_old(dst, type, size) first (the old values are shaded). */
extern volatile uint32_t gort_writebarrier;
void gort_wb(void **slot, void *newval);
void gort_wb_old(void *dst, const GoType *t, int64_t size);

/* ---- generated by codegen ---- */
void gosub_main_init(void);
void gosub_main_main(void);

#endif
