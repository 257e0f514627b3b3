/* panic.c — panic, defer, recover, and the runtime's error values (runtime.Error).
 *
 * Model (gort.h): a function with `defer` owns a GoFrame linked into the goroutine's frame
 * chain (RtG.frames); gort_defer pushes a closure on its frame; gort_frame_pop runs them LIFO
 * on a normal return. gort_panic(v) pushes an RtPanic on RtG.panic and runs deferred calls
 * frame by frame from the innermost; a frame whose defers are exhausted is unlinked.
 *
 * Invariants:
 *   - recover() returns the panic value only while a deferred call started by that panic is
 *     running (RtG.deferpanic; deferred calls run by a normal return clear it) and the panic
 *     is the newest and not yet recovered. Approximation: a function called by that deferred
 *     call may recover too (Go requires the deferred function itself).
 *   - After a deferred call that recovered returns, the panic is unlinked (with the older
 *     panics it aborted) and the runtime longjmps to the catch point of the frame that ran the
 *     call; that frame is still RtG.frames, so its gort_frame_pop runs its remaining defers.
 *   - A panic raised while an older panic's deferred call runs "aborts" the older one once it
 *     unwinds past the frame that started that call (RtPanic.curframe); aborted panics stay
 *     on the list (and are printed "panic: A\n\tpanic: B") until a recovery removes them.
 *   - Nothing here allocates for a defer in the common case: GoDefer records come from a
 *     per-thread pool.
 *
 * Example:
 *   func f() (r int) { defer func() { recover(); r = 7 }(); panic("x") }
 *   f: push fr, setjmp(fr.jb)=0, defer d, panic → RtPanic{"x"} → runs d (deferpanic = p) →
 *   recover marks p recovered, d sets r → loop sees recovered → longjmp(fr.jb, 1) → f's
 *   recovered path: gort_frame_pop(&fr) (no defers left) → returns r = 7.
 */
#include "rt_internal.h"
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

struct RtPanic {
  GoEface arg;
  RtPanic *link;           /* older panic */
  GoFrame *curframe;       /* frame whose deferred call this panic is running */
  void *defer_fp;          /* call_deferred's frame pointer while it runs a deferred call */
  bool recovered, aborted;
  int sig, sigcode;        /* fault that raised it (0: none) */
  uintptr_t sigaddr, sigpc;
};

struct GoDefer {
  void *closure;
  GoDefer *next;
};

/* ---- GoDefer pool ---- */

/* per thread; reached only through these two noinline functions, so no caller keeps a
 * thread-local address across a deferred call (which may park and resume elsewhere) */
static _Thread_local GoDefer *defer_pool;

__attribute__((noinline)) static GoDefer *defer_get(void) {
  GoDefer *d = defer_pool;
  if (d) { defer_pool = d->next; return d; }
  enum { CHUNK = 256 };
  GoDefer *chunk = malloc(CHUNK * sizeof *chunk);
  if (!chunk) rt_throw_oom();
  for (int i = 1; i < CHUNK - 1; i++) chunk[i].next = &chunk[i + 1];
  chunk[CHUNK - 1].next = NULL;
  defer_pool = &chunk[1];
  return &chunk[0];
}

__attribute__((noinline)) static void defer_put(GoDefer *d) {
  d->closure = NULL;
  d->next = defer_pool;
  defer_pool = d;
}

static inline void call_closure(void *c) { ((void (*)(void *)) * (void **)c)(c); }

/* ---- frames and defers ---- */

void gort_frame_push(GoFrame *fr) {
  RtG *g = rt_getg();
  fr->prev = g->frames;
  fr->defers = NULL;
  fr->panic = g->panic;
  g->frames = fr;
}

void gort_defer(GoFrame *fr, void *closure) {
  GoDefer *d = defer_get();
  d->closure = closure;
  d->next = fr->defers;
  fr->defers = d;
}

void gort_frame_pop(GoFrame *fr) {
  RtG *g = rt_getg();
  GoDefer *d;
  while ((d = fr->defers) != NULL) {
    fr->defers = d->next;
    void *c = d->closure;
    defer_put(d);
    void *saved = g->deferpanic;
    g->deferpanic = NULL;
    call_closure(c);
    g->deferpanic = saved;
  }
  g->frames = fr->prev;
}

/* Was the function calling recover (X) called directly by call_deferred? Walk the frame
 * pointer chain from X's frame pointer up to call_deferred's frame: 0 or 1 hop means direct
 * (X without / with a frame record); more hops mean recover was called by a function X
 * called, which Go answers with nil. Codegen should emit "frame-pointer"="all" so the chain
 * exists; when it is broken (a function used rbp/x29 as a plain register) we cannot tell and
 * answer "direct". */
static bool called_by_deferred(RtG *g, RtPanic *p, void **fp0) {
  uintptr_t f = (uintptr_t)fp0[0], target = (uintptr_t)p->defer_fp;
  uintptr_t lo = (uintptr_t)g->stack_lo, hi = (uintptr_t)g->stack_hi;
  for (int hops = 0; hops < 64; hops++) {
    if (f == target) return hops <= 1;
    if (!lo || f < lo || f + 16 > hi || (f & 7) || f > target) return true;  /* broken chain */
    uintptr_t next = *(uintptr_t *)f;
    if (next <= f) return true;
    f = next;
  }
  return true;
}

__attribute__((noinline)) GoEface gort_recover(void) {
  RtG *g = rt_getg();
  RtPanic *p = g->deferpanic;
  GoEface none = {NULL, NULL};
  if (!p || p->recovered || p != g->panic || p->aborted) return none;
  if (!called_by_deferred(g, p, __builtin_frame_address(0))) return none;
  p->recovered = true;
  return p->arg;
}

/* the panic loop calls each deferred closure through here, so that recover can tell the
 * deferred function (whose caller is this frame) from functions it calls */
__attribute__((noinline)) static void call_deferred(void *c, RtPanic *p) {
  p->defer_fp = __builtin_frame_address(0);
  call_closure(c);
  __asm__ volatile("" ::: "memory");  /* no tail call: this frame must exist during the call */
}

/* the collector's view of goroutine g: deferred closures are referenced only from malloc'd
 * GoDefer records */
void rt_panic_gc_roots(RtG *g, void (*mark)(void *)) {
  for (GoFrame *fr = g->frames; fr; fr = fr->prev)
    for (GoDefer *d = fr->defers; d; d = d->next) mark(d->closure);
  for (RtPanic *p = g->panic; p; p = p->link) mark(p->arg.data);
}

/* ---- the fatal end of an unrecovered panic ---- */

static void preprint(RtPanic *p) {
  for (; p; p = p->link) {
    const GoType *t = p->arg.type;
    if (!t || t->kind == GOK_INTERFACE) continue;
    GoString s;
    if (rt_call_string_method(t, p->arg.data, "Error", &s) ||
        rt_call_string_method(t, p->arg.data, "String", &s)) {
      GoString *box = rt_alloc_noscan(sizeof *box);
      *box = s;
      p->arg.type = &gort_type_string;
      p->arg.data = box;
    }
  }
}

static void print_panics(RtBuf *b, RtPanic *p) {
  if (p->link) {
    print_panics(b, p->link);
    rt_buf_putc(b, '\t');
  }
  rt_buf_puts(b, "panic: ");
  rt_format_panicval(b, p->arg.type, p->arg.data);
  if (p->recovered) rt_buf_puts(b, " [recovered]");
  rt_buf_putc(b, '\n');
}

static const char *signame(int sig) {
  return sig == SIGBUS ? "SIGBUS: bus error" : "SIGSEGV: segmentation violation";
}

static _Noreturn void fatal_panic(RtPanic *p) {
  RtG *g = rt_getg();
  preprint(p);
  RtBuf b;
  rt_buf_init(&b);
  print_panics(&b, p);
  for (RtPanic *q = p; q; q = q->link) {
    if (!q->sig) continue;
    rt_buf_printf(&b, "[signal %s code=0x%x addr=0x%lx pc=0x%lx]\n", signame(q->sig),
                  (unsigned)q->sigcode, (unsigned long)q->sigaddr, (unsigned long)q->sigpc);
    break;
  }
  bool all, crash;
  int level = rt_traceback_level(&all, &crash);
  if (level > 0) {   /* Go's dopanic_m */
    rt_buf_putc(&b, '\n');
    rt_goroutine_header(&b, g);
    rt_traceback_here(&b, g, level >= 2 ? RT_TB_FPINFO : 0);
    rt_traceback_created_by(&b, g);
  }
  gort_flush();
  rt_write(2, b.p, b.len);
  if (crash) {
    signal(SIGABRT, SIG_DFL);
    abort();
  }
  exit(2);
}

/* ---- what traceback.c asks about panics ---- */

/* the line of gort_panic's call of call_deferred (Go prints that frame as "panic(...)") */
static int gopanic_line;

/* Is the frame record at fp call_deferred's? Then the frame above it is the runtime's
 * gopanic running a deferred call of that panic: its value for "panic({type, data})". */
const void *rt_panic_at_frame(RtG *g, uintptr_t fp, const GoType **t, void **data, int *line) {
  for (RtPanic *p = g ? g->panic : NULL; p; p = p->link) {
    if (!p->curframe || (uintptr_t)p->defer_fp != fp) continue;
    *t = p->arg.type;
    *data = p->arg.data;
    *line = __atomic_load_n(&gopanic_line, __ATOMIC_RELAXED);
    return p;
  }
  return NULL;
}

/* a faulting pc (the signal handler made the thread "call" rt_sigpanic from it) */
bool rt_panic_is_trap(RtG *g, uintptr_t pc) {
  for (RtPanic *p = g ? g->panic : NULL; p; p = p->link)
    if (p->sig && p->sigpc == pc) return true;
  return false;
}

/* ---- panic ---- */

_Noreturn void gort_panic(const GoType *t, void *data) {
  RtG *g = rt_getg();
  RtPanic p = {{t, data}, g->panic, NULL, NULL, false, false, g->sig, g->sigcode, g->sigaddr,
               g->sigpc};
  g->sig = 0;
  g->panic = &p;
  for (;;) {
    GoFrame *fr = g->frames;
    if (!fr) fatal_panic(&p);
    for (RtPanic *q = p.link; q; q = q->link)
      if (q->curframe == fr) q->aborted = true;
    GoDefer *d = fr->defers;
    if (!d) {
      g->frames = fr->prev;
      continue;
    }
    fr->defers = d->next;
    void *c = d->closure;
    defer_put(d);
    void *saved = g->deferpanic;
    g->deferpanic = &p;
    p.curframe = fr;
    __atomic_store_n(&gopanic_line, __LINE__ + 1, __ATOMIC_RELAXED);   /* (panics race) */
    call_deferred(c, &p);
    p.curframe = NULL;
    g->deferpanic = saved;
    if (p.recovered) {
      g->panic = p.link;
      while (g->panic && g->panic->aborted) g->panic = g->panic->link;
      g->deferpanic = NULL;
      longjmp(*(jmp_buf *)(void *)fr->jb, 1);
    }
  }
}

/* ---- runtime.Goexit: every deferred call of the goroutine, then it ends ---- */

_Noreturn void rt_goexit1(void);   /* sched.c */
extern bool rt_main_goexit(RtG *g);   /* proc.c: records that main called Goexit */

void runtime_Goexit(void) {
  RtG *g = rt_getg();
  g->goexiting = 1;
  for (;;) {
    GoFrame *fr = g->frames;
    if (!fr) break;
    GoDefer *d = fr->defers;
    if (!d) {
      g->frames = fr->prev;
      continue;
    }
    fr->defers = d->next;
    void *c = d->closure;
    defer_put(d);
    void *saved = g->deferpanic;
    g->deferpanic = NULL;   /* recover() returns nil during Goexit */
    call_closure(c);
    g->deferpanic = saved;
  }
  rt_main_goexit(g);
  rt_goexit1();
}

/* ---- runtime error values ---- */

static GoString err_runtime(void *data) {   /* runtime.errorString, runtime.boundsError */
  const GoString *s = data;
  return gort_concat2((const uint8_t *)"runtime error: ", 15, s->ptr, s->len);
}
static GoString err_plain(void *data) { return *(const GoString *)data; }
static void runtime_error_marker(void *data) { (void)data; }

#define ERR_METHODS(name, fn)                                                               \
  static const GoMethod name[2] = {{"Error", "() string", (void *)fn},                       \
                                   {"RuntimeError", "()", (void *)runtime_error_marker}}
ERR_METHODS(errorstring_methods, err_runtime);
ERR_METHODS(plain_methods, err_plain);
static const uint8_t mask_str[1] = {1};
#define ERR_TYPE(sym, nm, methods)                                                          \
  const GoType sym = {16, 8, mask_str, 0, GOK_STRING, 8, GOTF_NAMED | GOTF_COMPARABLE, 0,   \
                      nm, NULL, NULL, 0, 0, 2, NULL, methods}
ERR_TYPE(rt_type_errorString, "runtime.errorString", errorstring_methods);
ERR_TYPE(rt_type_boundsError, "runtime.boundsError", errorstring_methods);
ERR_TYPE(rt_type_plainError, "runtime.plainError", plain_methods);
static const GoType type_assert_struct = {16, 8, mask_str, 0, GOK_STRUCT, 8,
    GOTF_NAMED | GOTF_COMPARABLE, 0, "runtime.TypeAssertionError", NULL, NULL, 0, 0, 0, NULL,
    NULL};
const GoType rt_type_TypeAssertionError = {8, 8, mask_str, 0, GOK_PTR, 8, GOTF_COMPARABLE, 0,
    "*runtime.TypeAssertionError", &type_assert_struct, NULL, 0, 0, 2, NULL, plain_methods};

static GoString *box_msg(const char *msg) {
  GoString *s = rt_alloc_typed(&gort_type_string, 1);
  *s = rt_str(msg);
  return s;
}

static _Noreturn void panic_with(const GoType *t, const char *msg) { gort_panic(t, box_msg(msg)); }

_Noreturn void rt_panic_runtime(const char *msg) { panic_with(&rt_type_errorString, msg); }
_Noreturn void rt_panic_plainerror(const char *msg) { panic_with(&rt_type_plainError, msg); }
_Noreturn void rt_panic_string(const char *msg) { panic_with(&gort_type_string, msg); }
_Noreturn void rt_panic_gostring(GoString msg) {
  GoString *s = rt_alloc_typed(&gort_type_string, 1);
  *s = msg;
  gort_panic(&gort_type_string, s);
}
_Noreturn void rt_panic_error(GoIface err) {
  if (!err.itab) gort_panic(NULL, NULL);
  gort_panic(err.itab->type, err.data);
}

GoIface rt_make_runtime_error(const char *fullmsg) {
  GoIface e = {gort_getitab(&gort_type_error, &rt_type_plainError, false), box_msg(fullmsg)};
  return e;
}

/* ---- the panics generated code calls ---- */

_Noreturn void gort_panic_index(int64_t i, int64_t len) {
  char msg[96];
  if (i < 0) snprintf(msg, sizeof msg, "index out of range [%lld]", (long long)i);
  else snprintf(msg, sizeof msg, "index out of range [%lld] with length %lld", (long long)i,
                (long long)len);
  panic_with(&rt_type_boundsError, msg);
}

/* runtime/error.go boundsErrorFmt / boundsNegErrorFmt */
_Noreturn void gort_panic_slice(int kind, int64_t x, int64_t y) {
  static const char *const fmt[] = {
      "index out of range [%x] with length %y",           "slice bounds out of range [:%x] with length %y",
      "slice bounds out of range [:%x] with capacity %y", "slice bounds out of range [%x:%y]",
      "slice bounds out of range [::%x] with length %y",  "slice bounds out of range [::%x] with capacity %y",
      "slice bounds out of range [:%x:%y]",               "slice bounds out of range [%x:%y:]",
      "cannot convert slice with length %y to pointer to array with length %x"};
  static const char *const negfmt[] = {
      "index out of range [%x]",          "slice bounds out of range [:%x]",
      "slice bounds out of range [:%x]",  "slice bounds out of range [%x:]",
      "slice bounds out of range [::%x]", "slice bounds out of range [::%x]",
      "slice bounds out of range [:%x:]", "slice bounds out of range [%x::]",
      "cannot convert slice with length %y to pointer to array with length %x"};
  if (kind < 0 || kind > GORT_SLICE_CONVERT) kind = GORT_SLICE_INDEX;
  const char *f = x < 0 ? negfmt[kind] : fmt[kind];
  char msg[160];
  size_t n = 0;
  for (; *f && n < sizeof msg - 24; f++) {
    if (f[0] == '%' && (f[1] == 'x' || f[1] == 'y')) {
      n += (size_t)snprintf(msg + n, sizeof msg - n, "%lld", (long long)(f[1] == 'x' ? x : y));
      f++;
    } else {
      msg[n++] = *f;
    }
  }
  msg[n] = 0;
  panic_with(&rt_type_boundsError, msg);
}

_Noreturn void gort_panic_divide(void) { rt_panic_runtime("integer divide by zero"); }
_Noreturn void gort_panic_shift(void) { rt_panic_runtime("negative shift amount"); }
_Noreturn void gort_panic_makelen(void) { rt_panic_runtime("makeslice: len out of range"); }
_Noreturn void gort_panic_makecap(void) { rt_panic_runtime("makeslice: cap out of range"); }
_Noreturn void gort_panic_nilmap(void) { rt_panic_plainerror("assignment to entry in nil map"); }

/* a fault turned into a panic by rt_main.c's signal handler (RtG.sig* already set) */
_Noreturn void gort_panic_nil_signal(void) {
  rt_panic_runtime("invalid memory address or nil pointer dereference");
}

_Noreturn void gort_panic_nil(void) {
  RtG *g = rt_getg();
  g->sig = SIGSEGV;
  g->sigcode = 1;  /* SEGV_MAPERR */
  g->sigaddr = 0;
  /* inside the call instruction: not a trap pc, so tracebacks look it up as a return
   * address (traceback.c) */
  g->sigpc = (uintptr_t)__builtin_return_address(0) - 1;
  gort_panic_nil_signal();
}

/* interface conversion failures: runtime/error.go TypeAssertionError.Error */
const char *rt_missing_method(const GoType *iface, const GoType *t);  /* iface.c */

_Noreturn void gort_panic_assert(const GoType *have, const GoType *want, const GoType *iface) {
  RtBuf b;
  rt_buf_init(&b);
  rt_buf_puts(&b, "interface conversion: ");
  const char *inter = iface ? iface->name : "interface";
  if (!have) {
    if (want->kind == GOK_INTERFACE) inter = "interface";
    rt_buf_printf(&b, "%s is nil, not %s", inter, want->name);
  } else if (want->kind == GOK_INTERFACE) {
    const char *m = rt_missing_method(want, have);
    rt_buf_printf(&b, "%s is not %s: missing method %s", have->name, want->name, m ? m : "?");
  } else {
    rt_buf_printf(&b, "%s is %s, not %s", inter, have->name, want->name);
    if (strcmp(have->name, want->name) == 0) rt_buf_puts(&b, " (types from different scopes)");
  }
  GoString *msg = rt_alloc_typed(&gort_type_string, 1);
  *msg = rt_buf_string(&b);
  rt_buf_free(&b);
  gort_panic(&rt_type_TypeAssertionError, msg);
}

/* runtime/error.go panicwrap: "value method main.T.F called using nil *T pointer" */
_Noreturn void gort_panicwrap(const GoType *t, const char *method) {
  const char *full = t->name, *dot = strrchr(full, '.');
  const char *shortname = dot ? dot + 1 : full;
  RtBuf b;
  rt_buf_init(&b);
  rt_buf_printf(&b, "value method %s.%s called using nil *%s pointer", full, method, shortname);
  char *msg = rt_cstr(rt_buf_string(&b));
  rt_buf_free(&b);
  rt_panic_plainerror(msg);
}

/* A function of Go's standard library that gosub could not compile (codegen stubs it, see
 * codegen.c stub_unsupported) was called: panic with a string that says which and why. */
_Noreturn void gort_panic_unsupported(const char *msg) { rt_panic_string(msg); }
