/* rt_main.c — process start and end: C main(), os.Args and the standard files, fault
 * handling (nil dereference, stack overflow), output and exit.
 *
 * Invariants:
 *   - main() initialises the scheduler (this thread becomes M0, its stack M0's g0), then the
 *     main goroutine runs gosub_main_init() then gosub_main_main() on its own stack slot
 *     (stack.c) and exits the process when main returns, like Go, whatever other goroutines
 *     are doing. A fault below a goroutine's hard stack guard (in its slack) is Go's "stack
 *     overflow" fatal error; any other SIGSEGV/SIGBUS in a goroutine becomes Go's
 *     recoverable nil-dereference panic.
 *   - The signal handler runs on an alternate stack and never unwinds from there: it rewrites
 *     the interrupted context so the thread "calls" rt_sigpanic from the faulting pc (Go's
 *     sigpanic trick); the panic then runs deferred calls on the ordinary stack.
 *   - Output is unbuffered, like Go: rt_write is one write(2) loop; gort_flush is the hook a
 *     buffered stdout would need and is called before the process ends.
 *
 * Example: `var p *T; p.x = 1` faults at addr 0x0 → handler records (SIGSEGV, code 1, addr,
 *   pc) in the goroutine, returns into rt_sigpanic → gort_panic(runtime error "invalid memory
 *   address or nil pointer dereference") → unrecovered → "panic: runtime error: invalid memory
 *   address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1
 *   addr=0x0 pc=0x...]\n\ngoroutine 1 [running]:..." and exit status 2.
 */
#include "rtsched.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#ifndef GOSUB_RUNTIME_SRC
#define GOSUB_RUNTIME_SRC "runtime"
#endif

GoSlice os_Args;
OsFile *os_Stdin, *os_Stdout, *os_Stderr;

/* the runtime's own variables that hold Go pointers, for the collector (mgcmark.c) */
static const uint8_t mask1[1] = {1};
static const GoType slice_words = {24, 8, mask1, 0, GOK_SLICE, 8, 0, 0, "[]string", NULL, NULL,
                                   0, 0, 0, NULL, NULL};
static const GoType ptr_word = {8, 8, mask1, 0, GOK_PTR, 8, 0, 0, "*os.File", NULL, NULL, 0, 0,
                                0, NULL, NULL};
const GoRoot rt_runtime_roots[] = {
    {&os_Args, &slice_words}, {&os_Stdin, &ptr_word}, {&os_Stdout, &ptr_word},
    {&os_Stderr, &ptr_word}, {NULL, NULL},
};

/* ---- output and exit ---- */

int64_t rt_write(int fd, const void *p, int64_t n) {
  const char *q = p;
  int64_t done = 0;
  rt_entersyscall();
  while (done < n) {
    ssize_t w = write(fd, q + done, (size_t)(n - done));
    if (w < 0) {
      if (errno == EINTR) continue;
      rt_exitsyscall();
      return done > 0 ? done : -1;
    }
    done += w;
  }
  rt_exitsyscall();
  return n;
}

void gort_flush(void) {}

_Noreturn void rt_exit(int code) {
  gort_flush();
  exit(code);
}

static void write_str(int fd, const char *s) { rt_write(fd, s, (int64_t)strlen(s)); }

/* Go's fatal errors: "fatal error: msg", then, for a runtime throw on the system stack
 * (out of memory, stack overflow), "runtime stack:" with the runtime's frames; then every
 * goroutine's traceback (traceback.c). A runtime throw (runtime_throw) always shows
 * tracebacks at level 2, Go's user-level fatal errors (deadlock, unlock of an unlocked
 * mutex) follow GOTRACEBACK; deferred calls do not run. `here`: the traceback starts at the
 * caller of fatal's caller unless a trap context (pc, fp) is given. */
/* no_sanitize: from the signal handler this runs on the alternate stack, where ASan's
 * bookkeeping of a noreturn call would print a false warning into the traceback */
#if defined(__SANITIZE_ADDRESS__)
#define NO_ASAN __attribute__((no_sanitize("address")))
#else
#define NO_ASAN
#endif

static NO_ASAN _Noreturn void fatal_at(const char *msg, bool runtime_throw, bool system_stack,
                                       uintptr_t pc, uintptr_t fp) {
  RtG *g = rt_getg();
  gort_flush();
  RtBuf b;
  rt_buf_init(&b);
  rt_buf_printf(&b, "fatal error: %s\n", msg);
  bool all, crash;
  int level = rt_traceback_level(&all, &crash);
  if (runtime_throw) level = 2;
  if (level > 0) {
    if (system_stack)   /* the C runtime's frames are not walked: this function for them */
      rt_buf_printf(&b, "\nruntime stack:\nruntime.throw(...)\n\t%s/rt_main.c:%d\n",
                    GOSUB_RUNTIME_SRC, __LINE__);
    rt_buf_putc(&b, '\n');
    rt_goroutine_header(&b, g);
    unsigned flags = runtime_throw ? RT_TB_FPINFO : 0;
    if (pc) rt_traceback_g(&b, g, pc, fp, flags | RT_TB_TRAP | RT_TB_ENTRY);
    else rt_traceback_here(&b, g, flags);
    rt_traceback_created_by(&b, g);
    rt_dump_other_goroutines(&b, g);   /* a throw shows every goroutine (Go's dopanic_m) */
  }
  rt_write(2, b.p, b.len);
  if (crash) {
    signal(SIGABRT, SIG_DFL);
    abort();
  }
  _exit(2);
}

static _Noreturn __attribute__((noinline)) void fatal(const char *msg, bool system_stack) {
  fatal_at(msg, system_stack, system_stack, 0, 0);
}

_Noreturn void rt_fatal(const char *msg) { fatal(msg, false); }

/* Go maps heap memory on the system stack (mheap.grow), so its out-of-memory throw prints
 * "runtime stack:" first. */
_Noreturn void rt_throw_oom(void) { fatal("runtime: out of memory", true); }

/* ---- faults ---- */

_Noreturn void gort_panic_nil_signal(void);   /* panic.c */

/* entered "called" from the faulting instruction (see the handler) */
static void rt_sigpanic(void) { gort_panic_nil_signal(); }

static void fmt_hex(char *out, uintptr_t v) {
  char tmp[20];
  int n = 0;
  do { tmp[n++] = "0123456789abcdef"[v & 15]; v >>= 4; } while (v);
  out[0] = '0';
  out[1] = 'x';
  for (int i = 0; i < n; i++) out[2 + i] = tmp[n - 1 - i];
  out[2 + n] = 0;
}

static NO_ASAN _Noreturn void stack_overflow(RtG *g, uintptr_t sp, uintptr_t pc, uintptr_t fp) {
  char a[24], b[24], c[24];
  fmt_hex(a, sp);
  fmt_hex(b, (uintptr_t)g->stack_lo);
  fmt_hex(c, (uintptr_t)g->stack_hi);
  write_str(2, "runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=");
  write_str(2, a);
  write_str(2, " stack=[");
  write_str(2, b);
  write_str(2, ", ");
  write_str(2, c);
  write_str(2, "]\n");
  fatal_at("stack overflow", true, true, pc, fp);
}

/* a stack overflow found by gort_morestack (a function prologue): the trace starts at the
 * caller of proc.c's check */
_Noreturn void rt_stack_overflow(RtG *g, uintptr_t sp) { stack_overflow(g, sp, 0, 0); }

static NO_ASAN void on_fault(int sig, siginfo_t *si, void *ctx) {
  ucontext_t *uc = ctx;
  uintptr_t addr = (uintptr_t)si->si_addr, pc, sp, fp;
#if defined(__x86_64__)
  pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
  sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
  fp = (uintptr_t)uc->uc_mcontext.gregs[REG_RBP];
#elif defined(__aarch64__)
  pc = (uintptr_t)uc->uc_mcontext.pc;
  sp = (uintptr_t)uc->uc_mcontext.sp;
  fp = (uintptr_t)uc->uc_mcontext.regs[29];
#else
#error "unsupported architecture"
#endif
  if (!rt_on_gstack(sp)) {   /* the runtime's own code on a scheduler stack: a bug */
    write_str(2, "fatal error: unexpected signal during runtime execution\n");
    _exit(2);
  }
  RtG *g = rt_g_of_sp(sp);
  uintptr_t slot = ((uintptr_t)g + sizeof(RtG)) - RT_SLOT;
  if ((addr >= slot && addr < (uintptr_t)g->stack_lo) || sp < (uintptr_t)g->stack_lo)
    stack_overflow(g, sp, pc, fp);
  if (g->sig) {  /* a fault while handling a fault: give up like Go's "unexpected signal" */
    write_str(2, "fatal error: unexpected signal during runtime execution\n");
    _exit(2);
  }
  g->sig = sig;
  g->sigcode = si->si_code;
  g->sigaddr = addr;
  g->sigpc = pc;
#if defined(__x86_64__)
  sp = (sp & ~(uintptr_t)15) - 8;            /* as if `call rt_sigpanic` from pc */
  *(uintptr_t *)sp = pc;
  uc->uc_mcontext.gregs[REG_RSP] = (greg_t)sp;
  uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)rt_sigpanic;
#elif defined(__aarch64__)
  uc->uc_mcontext.regs[30] = pc;
  uc->uc_mcontext.sp = sp & ~(uintptr_t)15;
  uc->uc_mcontext.pc = (uintptr_t)rt_sigpanic;
#endif
}

/* per thread: an alternate signal stack for on_fault */
void rt_signal_stack_init(void) {
  stack_t ss;
  ss.ss_size = 64 * 1024;
  ss.ss_sp = mmap(NULL, ss.ss_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ss.ss_flags = 0;
  if (ss.ss_sp != MAP_FAILED) sigaltstack(&ss, NULL);
}

static void install_signals(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_fault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
  rt_signal_stack_init();
}

/* ---- start ---- */

static void save_args(int argc, char **argv) {
  GoString *a = rt_alloc_typed(&gort_type_string, argc);
  for (int i = 0; i < argc; i++) a[i] = rt_str(argv[i]);
  os_Args.ptr = a;
  os_Args.len = os_Args.cap = argc;
  os_Stdin = rt_alloc_noscan(sizeof(OsFile));
  os_Stdout = rt_alloc_noscan(sizeof(OsFile));
  os_Stderr = rt_alloc_noscan(sizeof(OsFile));
  os_Stdin->fd = 0;
  os_Stdout->fd = 1;
  os_Stderr->fd = 2;
}

static void run_main(void) {
  gosub_main_init();
  gosub_main_main();
  rt_exit(0);
}

/* weak: unit tests (tests/unit) link the library with their own main */
__attribute__((weak)) int main(int argc, char **argv) {
  rt_sched_init();
  rt_allocs_init();
  save_args(argc, argv);
  install_signals();
  rt_sched_start(run_main);
}
