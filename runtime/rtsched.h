/* rtsched.h — the goroutine scheduler's structures (G, M, P), shared by the runtime files that
 * park and wake goroutines (sched.c, stack.c, chan.c, select.c, sema.c, timer.c, sync.c) and by
 * the collector (mgc*.c), which must find every goroutine's stack and stop them all.
 * Generated code sees none of this: its contract is gort.h (gort_go, gort_morestack and the
 * stack-guard word at the top of every goroutine's stack slot).
 *
 * The three concepts, as in Go's runtime/proc.go:
 *   G  a goroutine: its stack slot, saved stack pointer, status and what it waits for. The
 *      RtG record lives at the very TOP of the goroutine's own stack slot (stack.c), so the
 *      current goroutine is found from the stack pointer alone: g = top-of-slot(sp) − sizeof(RtG).
 *      No thread-local variable is needed, which matters because a goroutine may resume on
 *      another thread after any park (C compilers cache thread-local addresses).
 *   M  an OS thread (a worker). It runs goroutines and, between them, its own scheduler
 *      context `g0` on the thread's original stack (schedule(), park bookkeeping, timers).
 *   P  a processor: the right to run Go code, GOMAXPROCS of them. A P owns a local run queue,
 *      the allocator's cache (alloc.c) and statistics. An M must hold a P to run a G; an M in
 *      a blocking system call releases its P lazily (sysmon retakes it) so others keep running.
 *
 * Why not one thread per goroutine: 100,000 goroutines must fit in well under 1 GB and switch
 * in nanoseconds; why not a single thread: GOMAXPROCS cores must run Go code in parallel.
 *
 * Switching (the only way a goroutine stops running): a G calls rt_mcall(req), which saves
 * its callee-saved registers on its own stack, stores its sp in g->sched_sp and switches to
 * the M's g0, where schedule() performs the request (park: call the unlock function; yield:
 * requeue; exit: free the slot) and picks the next G. Because the unlock happens on g0 after
 * the G's context is saved, no other M can resume a G whose registers are not saved yet.
 *
 * Locks and who may touch what:
 *   sched.lock   the idle M and P lists, the global run queue, the stop-the-world counters,
 *                mcount/nmidle. Never held while switching goroutines or allocating.
 *   P.runq       lock-free: only the P's owner pushes (runqput), any M may steal (CAS on
 *                head), as Go's runqput/runqget/runqsteal.
 *   G.status     atomic; transitions: IDLE→RUNNABLE (created), RUNNABLE→RUNNING (execute on
 *                the M that dequeued it), RUNNING→WAITING/RUNNABLE/DEAD (only by the G's own M,
 *                on g0), WAITING→RUNNABLE (rt_ready, by whoever wakes it, after the park's
 *                unlock released the lock that protects the wait), RUNNING↔SYSCALL (own M).
 *   Every wait is protected by a lock (channel, semaphore root, timer heap): the waker takes
 *   that lock, so it cannot see the G as waiting before the G has really stopped.
 *
 * Invariants the collector relies on: every G that is not DEAD is in rt_allgs; a G that is
 * not running has its registers saved on its stack at g->sched_sp, and its live stack is
 * [sched_sp, slot top); a G in a system call has its callee-saved registers
 * in g->sysregs and its live stack above g->sched_sp; generated code reaches a safepoint
 * (function prologue or loop back-edge) within microseconds of its stack guard being
 * poisoned (RT_STACK_PREEMPT).
 *
 * Runtime rule: never allocate from the Go heap, and never park, while holding a runtime lock
 * (a collection stops the world, and the world cannot stop while an M waits for a lock held
 * by the collecting goroutine).
 */
#ifndef GOSUB_RTSCHED_H
#define GOSUB_RTSCHED_H

#include "rt_internal.h"
#include <pthread.h>
#include <stdatomic.h>

typedef struct RtM RtM;
typedef struct RtP RtP;
typedef struct RtSudog RtSudog;

/* ---- runtime locks for what a park releases on g0 (channels, semaphores, timers) ----
 * A futex mutex (0 free, 1 held, 2 held with waiters). Unlike a pthread mutex it has no
 * owner thread, which a parked goroutine's lock needs: the goroutine locks it, and its M's
 * g0 (another ThreadSanitizer fiber) unlocks it after the switch. Acquire and release are
 * atomic operations, so the sanitizer still sees the ordering. */
typedef struct RtLock { uint32_t v; } RtLock;
void rt_lock_slow(RtLock *l);
void rt_unlock_slow(RtLock *l);
static inline void rt_lock(RtLock *l) {
  uint32_t z = 0;
  if (!__atomic_compare_exchange_n(&l->v, &z, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    rt_lock_slow(l);
}
static inline void rt_unlock(RtLock *l) {
  if (__atomic_fetch_sub(&l->v, 1, __ATOMIC_RELEASE) != 1) rt_unlock_slow(l);
}

/* ---- notes: one-shot sleep/wakeup for an M (pthread based, so TSan understands them) ---- */
typedef struct RtNote {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  int set;
} RtNote;
void rt_note_init(RtNote *n);
void rt_note_clear(RtNote *n);
void rt_note_wakeup(RtNote *n);
void rt_note_sleep(RtNote *n);
bool rt_note_tsleep(RtNote *n, int64_t ns);   /* false on timeout */

enum { G_IDLE, G_RUNNABLE, G_RUNNING, G_SYSCALL, G_WAITING, G_DEAD };
enum { P_IDLE, P_RUNNING, P_SYSCALL, P_GCSTOP, P_DEAD };

/* A goroutine waiting on a channel or a semaphore; lives on the waiting G's stack for the
 * duration of the wait (stacks never move in gosub). */
struct RtSudog {
  RtG *g;
  RtSudog *next, *prev;     /* the wait queue (channel sendq/recvq, semaphore list) */
  void *elem;               /* channel: the value to send / where to receive */
  GoChan *c;                /* channel: which one */
  RtSudog *waitlink;        /* select: the G's other sudogs */
  uint32_t *addr;           /* semaphore: its address */
  int64_t ticket;           /* notify list: the ticket waited for */
  bool isselect;            /* part of a select: the G may be claimed by only one case */
  bool success;             /* channel: woken by a value (true) or by close (false) */
  int caseidx;              /* select: which case */
};

/* ---- P ---- */
#define RT_RUNQ 256
struct RtP {
  int32_t id;
  _Atomic uint32_t status;
  RtP *link;                     /* idle list (sched.lock) */
  _Atomic(RtM *) m;              /* the M holding it */
  _Atomic uint32_t schedtick;    /* incremented at every schedule (sysmon watches it) */
  _Atomic uint32_t syscalltick;  /* incremented at every system call */
  uint32_t sm_schedtick;         /* sysmon's last view of schedtick, and since when */
  int64_t sm_schedwhen;
  uint32_t sm_syscalltick;       /* sysmon's last view of syscalltick, and since when */
  int64_t sm_syscallwhen;
  _Atomic uint32_t runqhead, runqtail;
  _Atomic(RtG *) runq[RT_RUNQ];
  _Atomic(RtG *) runnext;        /* the G to run next (handoff from the G that readied it) */
  void *mcache;                  /* alloc.c's RtCache for this P */
  void *gcw;                     /* mgcmark.c: grey objects the write barrier shaded */
};

/* ---- M ---- */
enum { MCALL_NONE, MCALL_PARK, MCALL_YIELD, MCALL_EXIT, MCALL_PREEMPT, MCALL_SYSCALL_STOP };
struct RtM {
  RtG *g0;                       /* the scheduler context on this thread's own stack */
  _Atomic(RtG *) curg;           /* the G running (NULL on g0 between goroutines); sysmon
                                    reads it to preempt */
  RtP *p;                        /* the P held, NULL when idle or in a system call */
  RtP *nextp;                    /* handed over by the M that woke this one */
  RtP *oldp;                     /* the P released by entersyscall (to take back cheaply) */
  RtM *schedlink;                /* idle list */
  RtM *alllink;                  /* all Ms */
  RtNote park;
  int64_t id;
  bool spinning;                 /* looking for work (counted in sched.nmspinning) */
  bool idle;                     /* on the idle list (sched.lock) */
  int mcall;                     /* the request of the G that switched to g0 */
  void (*unlockf)(void *);       /* park: released on g0 after the G is saved */
  void *unlockarg;
  uint32_t fastrand;
  pthread_t thread;
};

/* ---- the global scheduler ---- */
typedef struct RtSched {
  pthread_mutex_t lock;
  RtM *midle;
  int32_t nmidle, mcount;        /* idle Ms; all worker Ms (not sysmon) */
  RtP *pidle;
  _Atomic int32_t npidle;
  _Atomic int32_t nmspinning;
  RtG *runqhead, *runqtail;      /* global run queue */
  _Atomic int32_t runqsize;
  _Atomic uint32_t gcwaiting;    /* a stop-the-world is in progress */
  int32_t stopwait;
  RtNote stopnote;
  _Atomic int32_t sysmonwait;
  RtNote sysmonnote;
  _Atomic int64_t goidgen;
  _Atomic int32_t ngsys;         /* goroutines of the runtime (not counted by NumGoroutine) */
  bool main_started;
  bool main_goexit;              /* main called runtime.Goexit */
  int32_t newprocs;              /* GOMAXPROCS to apply at the next start-the-world */
} RtSched;
extern RtSched rt_sched;
#define RT_MAXPROCS 256
extern RtP *rt_allp[RT_MAXPROCS];
extern _Atomic int32_t rt_gomaxprocs;
extern RtM *rt_allm;

extern _Atomic int64_t rt_ngoroutines;  /* user goroutines alive (runtime.NumGoroutine) */

/* ---- stack.c ---- */
#define RT_SLOT_SHIFT 28                       /* 256 MiB of address space per goroutine */
#define RT_SLOT ((uintptr_t)1 << RT_SLOT_SHIFT)
#define RT_STACK_SLACK ((uintptr_t)256 << 10)  /* below the guard: room for C runtime frames */
#define RT_STACK_SOFT ((uintptr_t)64 << 10)    /* first guard: a deeper stack is "deep" */
#define RT_STACK_PREEMPT (~(uintptr_t)0)       /* poisoned guard: every check fails */
extern uintptr_t rt_stacks_lo, rt_stacks_hi;
static inline uintptr_t rt_getsp(void) {
  uintptr_t sp;
#if defined(__x86_64__)
  __asm__ volatile("movq %%rsp, %0" : "=r"(sp));
#elif defined(__aarch64__)
  __asm__ volatile("mov %0, sp" : "=r"(sp));
#else
  sp = (uintptr_t)__builtin_frame_address(0);
#endif
  return sp;
}
static inline bool rt_on_gstack(uintptr_t sp) { return sp - rt_stacks_lo < rt_stacks_hi - rt_stacks_lo; }
static inline RtG *rt_g_of_sp(uintptr_t sp) {
  return (RtG *)((sp | (RT_SLOT - 1)) + 1 - sizeof(RtG));
}
void rt_stack_init(void);
RtG *rt_stack_alloc(void);          /* a fresh or cached slot with its RtG zeroed (but id) */
void rt_stack_free(RtG *g);         /* back to the cache (pages beyond the soft guard freed) */
uintptr_t rt_stack_top(RtG *g);     /* the highest usable address (16-aligned) */
/* every goroutine that ever ran (its slot was handed out), dead or alive: f(g, arg) */
void rt_stack_foreach(void (*f)(RtG *g, void *arg), void *arg);

/* ---- ctx_*.S: the context switch ----
 * rt_ctx_switch saves the callee-saved registers (and the FP control words) on the current
 * stack, stores the stack pointer in *save, loads `to` and restores from there. rt_ctx_init
 * prepares a fresh stack so that switching to it calls entry(arg) (entry never returns). */
void rt_ctx_switch(void **save, void *to);
void *rt_ctx_init(uintptr_t top, void (*entry)(void *), void *arg);

/* ---- sched.c ---- */
RtM *rt_getm(void);                 /* the M running the caller (any stack) */
RtM *rt_tls_m(void);                /* this thread's M (NULL for non-worker threads) */
void rt_acquirep(RtM *m, RtP *p);
RtP *rt_releasep(RtM *m);
void rt_handoffp(RtP *p);
void rt_preempt_yield(void);        /* a safepoint asked this G to yield (or stop for STW) */
void rt_mcall_syscall_stop(void);
static inline RtP *rt_getp(void) { return rt_getm()->p; }
void rt_park(void (*unlockf)(void *), void *arg, const char *reason);
void rt_ready(RtG *g);              /* WAITING → RUNNABLE, queued on the caller's P (runnext) */
void rt_ready_noP(RtG *g);          /* same, from an M without a P: global queue */
void rt_gosched(void);              /* yield: to the global queue */
_Noreturn void rt_goexit1(void);    /* the G is finished (deferred calls already run) */
bool rt_runqempty(RtP *p);
/* Around blocking system calls (write, read): the P may go to another M meanwhile.
 * rt_entersyscall is inlined into the function that makes the call, so that the stack above
 * the recorded sp (that function's frame and its callers') stays intact during the call, and
 * the callee-saved registers (which may hold Go pointers of the callers) are saved in the G
 * for the collector. */
void rt_entersyscall1(RtG *g, uintptr_t sp);
static inline __attribute__((always_inline)) void rt_entersyscall(void) {
  uintptr_t sp = rt_getsp();
  if (!rt_on_gstack(sp)) return;
  RtG *g = rt_g_of_sp(sp);
#if defined(__x86_64__)
  __asm__ volatile("movq %%rbx, 0(%0)\n\tmovq %%rbp, 8(%0)\n\tmovq %%r12, 16(%0)\n\t"
                   "movq %%r13, 24(%0)\n\tmovq %%r14, 32(%0)\n\tmovq %%r15, 40(%0)"
                   : : "r"(g->sysregs) : "memory");
#elif defined(__aarch64__)
  __asm__ volatile("stp x19, x20, [%0, #0]\n\tstp x21, x22, [%0, #16]\n\t"
                   "stp x23, x24, [%0, #32]\n\tstp x25, x26, [%0, #48]\n\t"
                   "stp x27, x28, [%0, #64]\n\tstr x29, [%0, #80]"
                   : : "r"(g->sysregs) : "memory");
#endif
  rt_entersyscall1(g, sp);
}
void rt_exitsyscall(void);
void rt_stop_the_world(void);       /* all other Ps stopped at safepoints; caller's P runs */
void rt_start_the_world(void);
void rt_wakep(void);                /* an idle P and work: start an M spinning */
uint32_t rt_fastrand(void);
int64_t rt_nanotime(void);          /* CLOCK_MONOTONIC, ns */
void rt_sched_init(void);
_Noreturn void rt_sched_start(void (*mainfn)(void));

/* ---- proc.c ---- */
void rt_procresize(int32_t n);      /* at start: GOMAXPROCS = n, all Ps idle */
void rt_sysmon_start(void);
void rt_checkdead(void);            /* sched.lock held: fatal error if every G is blocked */
_Noreturn void rt_deadlock(RtG *first);
void rt_preemptall(void);
int64_t runtime_GOMAXPROCS(int64_t n);
extern uint32_t rt_worldsema;       /* one stop-the-world at a time (a semaphore: waiters park) */
_Noreturn void rt_stack_overflow(RtG *g, uintptr_t sp);
/* fatal errors print every goroutine: the header line and (tracebacks) its frames */
void rt_dump_goroutine(RtBuf *b, RtG *g);
void rt_dump_all_goroutines(RtBuf *b, RtG *first);
void rt_dump_other_goroutines(RtBuf *b, RtG *self);
/* alloc.c: the allocator cache of a new P, and the release of a destroyed P's */
void *rt_cache_new(void);
void rt_cache_release(void *c);
/* the collector's view of goroutines (world stopped): scan(lo, hi) for every range to scan
 * conservatively (the stacks of all live goroutines, with their saved registers), mark(p)
 * for their pending defers and panics; self's stack is not scanned (it is running: the
 * collector scans it from its own sp). later: only the goroutines in system calls (found
 * from the Ms), which are then recorded as scanned for this mark (gcscan = gc_scan_epoch);
 * the others are switched out and owe mgcmark.c's concurrent scan, which happens before
 * they run again (execute calls gc_scan_before_run) */
void rt_sched_gc_roots(void (*scan)(uintptr_t lo, uintptr_t hi), void (*mark)(void *), RtG *self,
                       bool later);
extern uint32_t gc_scan_epoch;      /* mgcmark.c: even, + 2 at every mark setup (atomic) */
void gc_scan_before_run(RtG *g);    /* mgcmark.c: g's stack scanned if this mark still owes it */
void gc_shade_ptr(void *p);         /* mgcmark.c: p shaded if a mark is running */
static inline bool gc_owes_scan(RtG *g) {
  return __atomic_load_n(&g->gcscan, __ATOMIC_ACQUIRE) !=
         __atomic_load_n(&gc_scan_epoch, __ATOMIC_ACQUIRE);
}

/* timer.c: called by the scheduler */
int64_t rt_timers_run(int64_t now);  /* runs what is due; returns the next deadline or 0 */
int64_t rt_timers_next(void);        /* next deadline, 0 when none (atomic read) */
void rt_timers_gc_roots(void (*mark)(void *));

/* mgc.c: a collection is requested or running (the collector thread will wake goroutines
 * waiting for it: not a deadlock) */
bool rt_gc_busy(void);

/* sema.c */
void rt_semacquire(uint32_t *addr, const char *reason);
void rt_semrelease(uint32_t *addr, bool handoff);
/* a notify list (sync.Cond's); its fields are part of sync.Cond's layout (sema/prelude/sync.go) */
typedef struct RtNotifyList {
  uint32_t wait;     /* next ticket to hand out */
  uint32_t notify;   /* next ticket to wake */
  uintptr_t head, tail;   /* waiting sudogs (on their goroutines' stacks) */
} RtNotifyList;
uint32_t rt_notify_add(RtNotifyList *l);
void rt_notify_wait(RtNotifyList *l, uint32_t ticket, const char *reason);
void rt_notify_one(RtNotifyList *l);
void rt_notify_all(RtNotifyList *l);

#endif
