/* rt_internal.h — helpers shared by the C files of the runtime (core: rt_main.c alloc.c
 * string.c slice.c map.c chan.c panic.c print.c iface.c types.c; library: fmt.c strconv.c
 * strings.c os.c ...). Generated code never sees this header: its contract is gort.h.
 *
 * Invariants every runtime file keeps:
 *   - Memory that Go code may reach comes from the allocator (rt_alloc_*, gort_alloc*), never
 *     from malloc: the collector (mgc*.c; DESIGN §6) only knows allocator memory. Pointer-free
 *     data (string bytes, byte buffers) uses rt_alloc_noscan so it is never scanned.
 *   - The collector finds Go pointers in: every goroutine's stack and saved registers, the
 *     package variables codegen lists (gort.h GoRoot), rt_runtime_roots (rt_main.c: the
 *     runtime's own variables such as os.Args), heap objects (by their type's pointer mask).
 *     A Go pointer kept ONLY in malloc'd memory, in a C global not listed, or in a
 *     _Thread_local variable is invisible to it: don't.
 *   - Overwriting or clearing memory of the Go heap that may hold pointers (memcpy, memset)
 *     calls gort_wb_old first, so the concurrent collector sees the old pointers; never
 *     allocate or park while holding a runtime lock (a collection stops the world).
 *   - Strings are immutable once handed to Go code: build them in an RtBuf, then rt_buf_string.
 *   - Output to fd 1/2 goes through rt_write (one write(2) per fmt call, like Go); anything
 *     that ends the process calls gort_flush first (os.Exit, panics, fatal errors).
 *   - Data words: an interface's data word is the value itself for pointer-shaped types
 *     (rt_type_direct), otherwise a pointer to the value. Method wrappers (GoMethod.fn, itab
 *     fun[]) take the data word. rt_dataword converts "pointer to a value of t" into it.
 *
 * Example (fmt.c printing a Stringer held in a struct field at address p of type t):
 *     GoString s;
 *     if (rt_call_string_method(t, rt_dataword(t, p), "String", &s)) rt_buf_write(&b, s.ptr, s.len);
 */
#ifndef GOSUB_RT_INTERNAL_H
#define GOSUB_RT_INTERNAL_H

#include "gort.h"
#include <stdarg.h>
#include <string.h>

/* ---- the current goroutine (rtsched.h has the scheduler's view) ----
 * Every goroutine owns an RtG, placed at the very top of its own stack slot (stack.c), so
 * rt_getg() finds it from the stack pointer; code running on a worker's scheduler stack (g0)
 * gets that M's g0 record. The last word of the record (and of the slot) is the stack guard
 * that generated code compares its stack pointer with (gort.h). */
typedef struct RtPanic RtPanic;
struct RtM;
struct RtSudog;
typedef struct RtG {
  int64_t id;            /* goroutine id: 1 for main; 0 for a g0 */
  GoFrame *frames;       /* innermost GoFrame of a function with defers (gort_frame_push) */
  RtPanic *panic;        /* innermost active panic (panic.c), NULL when not panicking */
  const char *waitreason; /* "running", "chan send", "chan receive" ... for tracebacks */
  void *stack_lo, *stack_hi; /* the goroutine's usable stack: [hard guard, top) */
  /* the fault that became the current panic (rt_main.c signal handler → panic.c prints it) */
  int sig;               /* 0 none, else SIGSEGV/SIGBUS */
  int sigcode;
  uintptr_t sigaddr, sigpc;
  void *deferpanic;      /* panic.c: the panic whose deferred call is running (recover) */
  /* ---- the scheduler's part (sched.c; see rtsched.h for who touches what) ---- */
  void *sched_sp;        /* saved stack pointer while switched out (registers above it) */
  uint32_t selectdone;   /* select: a case has claimed this G (atomic CAS 0 → 1) */
  uint32_t pad2;
  struct RtM *m;         /* the M running it */
  struct RtG *schedlink; /* run queue / free list link */
  void *entry;           /* the closure record its go statement started */
  uintptr_t gopc;        /* the return address of gort_go in the creating function */
  int64_t parentid;      /* the creator's id */
  struct RtSudog *waiting; /* select: its sudogs */
  void *param;           /* what woke it: the sudog that fired (select), or NULL */
  int64_t waitsince;     /* when it blocked (ns), for tracebacks' "N minutes" */
  uint8_t preempt;       /* asked to yield at its next safepoint */
  uint8_t deep;          /* its stack went past the soft guard (stack.c frees it on exit) */
  uint8_t goexiting;     /* runtime.Goexit is running its deferred calls */
  uint8_t system;        /* a runtime goroutine (not counted by NumGoroutine) */
  uint32_t pad0;
  uintptr_t sysregs[12]; /* callee-saved registers at entersyscall (the collector scans them) */
  void *asan_fake;       /* sanitizer fiber state (ASan fake stack, TSan fiber) */
  void *tsan_fiber;
  uintptr_t stackguard_real; /* the guard when not poisoned: soft, then hard */
  /* the two fields the collector reads of every slot while goroutines start and exit: a
   * reused slot's record is cleared up to here only (stack.c) */
  uint32_t gcscan;       /* mgcmark.c: the mark (gc_scan_epoch) its stack was last scanned
                            for, | 1 while being scanned (atomic) */
  uint32_t status;       /* G_* (rtsched.h), atomic */
  uintptr_t stackguard;  /* LAST FIELD: read by generated code at slot top − 8; RT_STACK_PREEMPT
                            (all ones) asks for a safepoint */
} RtG;
RtG *rt_getg(void);      /* the running goroutine (or the M's g0 on a scheduler stack) */
void rt_signal_stack_init(void);

/* ---- allocation (alloc.c) ---- */
void *rt_alloc_noscan(size_t n);     /* zeroed, pointer-free (never scanned) */
void *rt_alloc_noscan_nozero(size_t n); /* the same, not zeroed: the caller fills all n bytes */
void *rt_alloc_noscan_tail(size_t n, size_t keep); /* only bytes keep..n zeroed */
void *rt_alloc_scan(size_t n);       /* zeroed, scanned conservatively (untyped runtime data) */
void *rt_alloc_typed(const GoType *t, int64_t n); /* n zeroed elements of t */
size_t rt_roundupsize(size_t n);     /* Go's size-class rounding (sizeclasses.go) */
void rt_poll(void);                  /* a safepoint for long runtime work (proc.c) */
/* memmove / memset in 256 KiB steps with a safepoint between (pointer-free memory only) */
void rt_move_long(void *dst, const void *src, size_t n);
void rt_clear_long(void *dst, size_t n);

/* ---- strings (string.c) ---- */
GoString rt_str(const char *cstr);                 /* copies a C string into the heap */
GoString rt_strn(const void *p, int64_t n);        /* copies n bytes into the heap */
static inline GoString rt_str_static(const char *cstr) { /* no copy: cstr must live forever */
  GoString s = {(const uint8_t *)cstr, (int64_t)strlen(cstr)};
  return s;
}
char *rt_cstr(GoString s);                         /* NUL-terminated copy (allocator memory) */
int rt_encoderune(uint8_t *out, int32_t r);        /* UTF-8, invalid → U+FFFD; 1..4 bytes */
int32_t rt_decoderune(const uint8_t *p, int64_t n, int *size); /* Go's rules; RuneError,1 */

/* ---- growable byte buffer (string.c) ---- */
typedef struct RtBuf { uint8_t *p; int64_t len, cap; uint8_t small[128]; } RtBuf;
void rt_buf_init(RtBuf *b);
void rt_buf_write(RtBuf *b, const void *p, int64_t n);
void rt_buf_putc(RtBuf *b, int c);
void rt_buf_puts(RtBuf *b, const char *s);
void rt_buf_printf(RtBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rt_buf_rune(RtBuf *b, int32_t r);
GoString rt_buf_string(RtBuf *b);                  /* copies into the heap */
void rt_buf_free(RtBuf *b);                        /* releases a spilled buffer */

/* ---- output (rt_main.c) ---- */
int64_t rt_write(int fd, const void *p, int64_t n); /* whole write, retries EINTR; n or -1 */
void gort_flush(void);                             /* flush anything buffered (stdout) */
_Noreturn void rt_exit(int code);                  /* gort_flush + _exit-like exit */
_Noreturn void rt_fatal(const char *msg);          /* "fatal error: msg" + trace, exit 2 */
_Noreturn void rt_throw_oom(void);                 /* fatal error: runtime: out of memory */

/* os package variables: DEFINED in rt_main.c (os.c must not define them). */
typedef struct OsFile { int64_t fd; } OsFile;
extern GoSlice os_Args;                             /* []string */
extern OsFile *os_Stdin, *os_Stdout, *os_Stderr;

/* ---- types and methods (types.c / iface.c) ---- */
uint32_t rt_type_hash(const char *name);          /* FNV-1a 32 of a type name (GoType.hash) */
static inline bool rt_type_direct(const GoType *t) { /* pointer-shaped: data word is the value */
  return t->kind == GOK_PTR || t->kind == GOK_MAP || t->kind == GOK_CHAN ||
         t->kind == GOK_FUNC || t->kind == GOK_UNSAFEPTR;
}
static inline void *rt_dataword(const GoType *t, void *valp) {
  return rt_type_direct(t) ? *(void **)valp : valp;
}
/* the method of t named `name` with signature `sig` (NULL: any signature), or NULL */
const GoMethod *rt_find_method(const GoType *t, const char *name, const char *sig);
/* calls a `func() string` method (String/Error) of the dynamic type t on data word `data`;
 * false when t has no such method (nil t too). */
bool rt_call_string_method(const GoType *t, void *data, const char *name, GoString *out);
bool rt_type_implements(const GoType *t, const GoType *iface);
/* the dynamic type of an interface value of static interface type `it` (eface or iface). */
static inline const GoType *rt_iface_type(const GoType *it, const void *word0) {
  if (!word0) return NULL;
  if (it->nmethods == 0) return (const GoType *)word0;
  return ((const GoItab *)word0)->type;
}
uint64_t rt_hash_value(const GoType *t, const void *p, uint64_t seed); /* map.c; panics
                                                  "hash of unhashable type" like Go */

/* ---- panics (panic.c) ---- */
_Noreturn void rt_panic_string(const char *msg);   /* panic("msg") — a Go string value */
_Noreturn void rt_panic_gostring(GoString msg);
_Noreturn void rt_panic_error(GoIface err);        /* panic(err) with err an error */
_Noreturn void rt_panic_runtime(const char *msg);  /* runtime.Error "runtime error: msg" */
_Noreturn void rt_panic_plainerror(const char *msg); /* runtime.Error without the prefix, e.g.
                                                  "assignment to entry in nil map" */
/* makes a runtime.Error value (descriptor "runtime.Error"-like, message as given) */
GoIface rt_make_runtime_error(const char *fullmsg);
/* Go's printpanicval of v (used by panic and print): appends to b */
void rt_format_panicval(RtBuf *b, const GoType *t, void *data);

/* ---- tracebacks (traceback.c) ----
 * Go's "goroutine N [status]:" block: the frames of a goroutine from pc, a pc in the function
 * whose frame pointer is fp, outward along the frame-pointer chain; Go frames only, names,
 * inlined calls and file:line from the executable's DWARF (read on first use). */
enum { RT_TB_TRAP = 1,     /* pc is a faulting pc, not a return address */
       RT_TB_FPINFO = 2,   /* Go's " fp=.. sp=.. pc=.." suffixes (runtime throws) */
       RT_TB_ENTRY = 4 };  /* stack overflow: the first frame is at its function's entry,
                              where Go's prologue check found the overflow */
void rt_traceback_g(RtBuf *b, RtG *g, uintptr_t pc, uintptr_t fp, unsigned flags);
void rt_traceback_here(RtBuf *b, RtG *g, unsigned flags); /* from the caller's caller */
void rt_goroutine_header(RtBuf *b, RtG *g);
void rt_traceback_created_by(RtBuf *b, RtG *g);   /* "created by main.f ..." of a goroutine */
/* GOTRACEBACK: 0 none, 1 single/all, 2 system/crash; *all: every goroutine */
int rt_traceback_level(bool *all, bool *crash);

/* ---- random numbers (map.c: seeds, select order, iteration start) ---- */
uint64_t rt_rand64(void);

/* ---- memory statistics ---- */
/* the collector's figures (mgc.c, under its lock); ReadMemStats and gctrace read them */
typedef struct RtGcStats {
  uint32_t num_gc, num_forced_gc;
  uint64_t pause_total_ns, max_pause_ns, last_gc, cpu_ns;
  uint64_t pause_ns[256], pause_end[256];
} RtGcStats;
extern RtGcStats rt_gcstats;
/* the heap object containing p (base; *size its size), NULL if p is not in a live object */
void *rt_heap_find(const void *p, size_t *size);
void rt_allocs_init(void);   /* allocsite.c: GOSUBDEBUG=allocs=1 / allocsfile=PATH */
/* collector roots beyond the current stack, data and bss (scheduler: other goroutine stacks) */
void rt_gc_add_root_range(void *lo, void *hi);  /* conservatively scanned until removed */
void rt_gc_remove_root_range(void *lo);
void rt_panic_gc_roots(RtG *g, void (*mark)(void *)); /* panic.c: g's pending defers, panics */

#endif
