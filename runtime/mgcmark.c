/* mgcmark.c — marking: grey work buffers, scanning, roots, the write barrier, mark assists'
 * work, and the stop-the-world verifiers (gccheckmark, gcverify). The cycle itself: mgc.c.
 *
 * Colours: an object is white (markbit clear), grey (markbit set, in a work buffer, not yet
 * scanned) or black (markbit set, scanned — or allocated during the mark, which needs no
 * scan: it was born after the snapshot). Marking a pointer = setting the markbit of the object
 * it points into (atomic OR: the marker thread, assisting goroutines and the write barrier
 * race for it; whoever sets it pushes the object grey).
 *
 * Work buffers: a full buffer holds WB_N grey objects. The marker thread and assists take full
 * buffers from the global list and push what they find into their own buffer; the write
 * barrier pushes into its P's buffer (only the goroutine running on the P touches it), which
 * reaches the global list when full or at mark termination (gc_flush_all, world stopped).
 *
 * Scanning: heap objects precisely (the span's ptrbits, written at allocation from the type's
 * pointer mask); goroutine stacks and saved registers conservatively (any word that points
 * into an allocated object marks it); package variables precisely from the table codegen
 * emits in the gosub_gcroots section (gort.h); the runtime's own roots (os.Args, ...), pending
 * defers and panics, timers, registered ranges.
 *
 * The write barrier (DESIGN §6, Yuasa + Dijkstra): while gort_writebarrier is set, a pointer
 * store *slot = new first shades the old *slot and new. The old value makes the mark a
 * snapshot-at-the-beginning — an object reachable at the snapshot can only be lost if the
 * last heap pointer to it is overwritten, and that is exactly what the barrier shades;
 * objects created later are black. The new value is what lets goroutine stacks be scanned
 * one at a time while the others run, without rescanning any (see "goroutine stacks
 * scanned while the world runs" below): a scanned goroutine storing a pointer it got from
 * elsewhere into the heap shades it.
 *
 * Example: the marker scans node A (grey → black) while a goroutine executes A.next = C,
 * B.next = nil with B.next == D: the barrier shades D (the old value) and C; D cannot be
 * lost even though nothing reachable points to it any more — it is swept next cycle.
 */
#include "heap.h"
#include "rtsched.h"
#include <stdio.h>
#include <stdlib.h>
#include <sched.h>

enum { WB_N = 510 };
typedef struct WorkBuf { struct WorkBuf *next; int64_t n; uintptr_t obj[WB_N]; } WorkBuf;

static RtLock work_lock;
static WorkBuf *work_full, *work_empty;   /* work_lock */
static int64_t nwork_full;                /* atomic */
uint64_t gc_stack_bytes, gc_global_bytes;

static WorkBuf *getempty(void) {
  rt_lock(&work_lock);
  WorkBuf *b = work_empty;
  if (b) work_empty = b->next;
  rt_unlock(&work_lock);
  if (!b) {
    b = malloc(sizeof *b);
    if (!b) rt_throw_oom();
  }
  b->n = 0;
  b->next = NULL;
  return b;
}

static void putfull(WorkBuf *b) {
  rt_lock(&work_lock);
  b->next = work_full;
  work_full = b;
  __atomic_add_fetch(&nwork_full, 1, __ATOMIC_RELEASE);
  rt_unlock(&work_lock);
}

static WorkBuf *getfull(void) {
  if (__atomic_load_n(&nwork_full, __ATOMIC_ACQUIRE) == 0) return NULL;
  rt_lock(&work_lock);
  WorkBuf *b = work_full;
  if (b) {
    work_full = b->next;
    __atomic_sub_fetch(&nwork_full, 1, __ATOMIC_RELAXED);
  }
  rt_unlock(&work_lock);
  return b;
}

static void putempty(WorkBuf *b) {
  rt_lock(&work_lock);
  b->next = work_empty;
  work_empty = b;
  rt_unlock(&work_lock);
}

bool gc_work_empty(void) { return __atomic_load_n(&nwork_full, __ATOMIC_ACQUIRE) == 0; }

static void push(WorkBuf **bp, uintptr_t obj) {
  WorkBuf *b = *bp;
  if (!b) b = *bp = getempty();
  if (b->n == WB_N) {
    putfull(b);
    b = *bp = getempty();
  }
  b->obj[b->n++] = obj;
}

/* ---- marking one pointer ---- */

/* gccheckmark's diagnosis: what the re-mark was scanning when it found the first object the
 * concurrent mark missed */
static const char *check_kind = "?";
static uintptr_t check_from;
static uintptr_t miss_obj, miss_from;
static const char *miss_kind;

/* Is a missed object found from here a real miss? Stacks are scanned conservatively: a stack
 * slot the goroutine has not written yet (a frame's uninitialised spill slot, or a stack
 * reused from a dead goroutine) may hold a pointer older than the mark, to an object that
 * was already garbage then — unreachable for the program, so not a miss. A white object
 * found from a precise root or from a black heap object is one. */
static bool check_stack;
static bool check_precise(uintptr_t from) {
  if (check_stack) return false;
  if (strcmp(check_kind, "heap object") != 0) return true;
  Span *s = span_of(from);
  return s && testbit(s->markbits, obj_index(s, from));
}

static uint64_t *bits_of(Span *s, bool check) { return check ? s->checkbits : s->markbits; }

/* Bytes marked this cycle, counted per thread and summed with the world stopped at mark
 * termination. (One shared atomic counter was a cache line that the marker thread and every
 * goroutine allocating black fought over: a fifth of binary-trees' time.) Records are never
 * freed, so a thread that exits leaves its count behind safely. */
typedef struct MarkCount { uint64_t n; struct MarkCount *next; } MarkCount;
static MarkCount *all_counts;
static pthread_mutex_t counts_lock = PTHREAD_MUTEX_INITIALIZER;
static _Thread_local MarkCount *tl_count;

__attribute__((noinline)) static MarkCount *new_count(void) {
  MarkCount *c = calloc(1, sizeof *c);
  if (!c) rt_throw_oom();
  pthread_mutex_lock(&counts_lock);
  c->next = all_counts;
  all_counts = c;
  pthread_mutex_unlock(&counts_lock);
  return tl_count = c;
}

static inline void count_marked(uint64_t n) {
  MarkCount *c = tl_count;
  if (__builtin_expect(!c, 0)) c = new_count();
  /* single writer; the sum reads it with the world stopped */
  __atomic_store_n(&c->n, __atomic_load_n(&c->n, __ATOMIC_RELAXED) + n, __ATOMIC_RELAXED);
}

/* world stopped: the total (mark termination) or a new count (mark setup) */
uint64_t gc_marked_sum(bool reset) {
  uint64_t sum = 0;
  pthread_mutex_lock(&counts_lock);
  for (MarkCount *c = all_counts; c; c = c->next) {
    sum += __atomic_load_n(&c->n, __ATOMIC_RELAXED);
    if (reset) __atomic_store_n(&c->n, 0, __ATOMIC_RELAXED);
  }
  pthread_mutex_unlock(&counts_lock);
  return sum;
}

/* The object containing a, if allocated: marks it; pushes it grey when it was white and may
 * hold pointers. check: the stop-the-world re-mark of gccheckmark (its own bits). */
__attribute__((no_sanitize("thread"))) static inline void mark_into(uintptr_t a, WorkBuf **bp,
                                                                   bool check) {
  Span *s = span_of(a);
  if (!s || a < s->start) return;
  uintptr_t idx = obj_index(s, a);
  if (idx >= s->nelems || !testbit_acq(s->allocbits, idx)) return;
  uint64_t *bits = bits_of(s, check);
  /* already marked (a plain load, as Go's greyobject): no locked instruction */
  if (testbit(bits, idx) || !setbit_atomic(bits, idx)) return;
  if (!check) count_marked(obj_size(s));
  else if (!testbit(s->markbits, idx) && !miss_obj && check_precise(check_from)) {
    miss_obj = s->start + idx * obj_size(s);
    miss_from = check_from;
    miss_kind = check_kind;
  }
  if (!s->noscan) push(bp, s->start + idx * obj_size(s));
}

/* an object allocated while marking (alloc.c, before its allocbit is set) */
void gc_mark_black(Span *s, uintptr_t idx) {
  if (setbit_atomic(s->markbits, idx)) count_marked(obj_size(s));
}

/* ---- scanning ---- */

/* Reads whole stacks and segments word by word (redzones included, and memory other threads
 * write): neither ASan's nor TSan's business. */
__attribute__((no_sanitize("address", "thread"))) static void scan_conservative(
    uintptr_t lo, uintptr_t hi, WorkBuf **bp, bool check) {
  lo = (lo + 7) & ~(uintptr_t)7;
  for (uintptr_t a = lo; a + 8 <= hi; a += 8) {
    mark_into(*(const uintptr_t *)a, bp, check);
  }
}

/* a heap object, by its ptrbits */
__attribute__((no_sanitize("thread"))) static void scan_object(uintptr_t obj, WorkBuf **bp,
                                                               bool check) {
  Span *s = span_of(obj);
  uintptr_t w0 = (obj - s->start) >> 3, nw = obj_size(s) >> 3;
  const uintptr_t *words = (const uintptr_t *)obj;
  for (uintptr_t i = 0; i < nw;) {
    uintptr_t w = w0 + i;
    uint64_t bits = __atomic_load_n(&s->ptrbits[w >> 6], __ATOMIC_RELAXED) >> (w & 63);
    if (!bits) {
      i += 64 - (w & 63);
      continue;
    }
    i += (uintptr_t)__builtin_ctzll(bits);
    if (i < nw) mark_into(words[i], bp, check);
    i++;
  }
}

/* a value of type t at p (package variables: precise) */
__attribute__((no_sanitize("thread"))) static void scan_typed(const void *p, const GoType *t,
                                                              WorkBuf **bp, bool check) {
  const uintptr_t *words = p;
  for (uint64_t i = 0; i < t->ptrdata / 8; i++)
    if (t->gcmask[i >> 3] >> (i & 7) & 1) mark_into(words[i], bp, check);
}

/* Is the goroutine running this (a mark assist) asked to stop at a safepoint? Then it
 * stops scanning: an assist that went on until its buffer's whole subtree was black held up
 * the mark termination's stop-the-world by milliseconds. */
static inline bool assist_preempted(void) {
  uintptr_t sp = rt_getsp();
  return rt_on_gstack(sp) &&
         __atomic_load_n(&rt_g_of_sp(sp)->stackguard, __ATOMIC_RELAXED) == RT_STACK_PREEMPT;
}

/* bytes of heap objects scanned this cycle (the pacer's scan work); atomic */
uint64_t gc_scan_work;

/* Objects popped from the queue wait PF_N pops in a small ring after a prefetch of their
 * first line: the object's load (a cache miss: 83% of the drain's time for the live-heap
 * program) overlaps the scanning of the objects ahead of it. */
enum { PF_N = 8 };

/* scan until the queue is dry, `budget` bytes were scanned (< 0: no limit) or the goroutine
 * doing it (an assist) is asked to stop; *done: the bytes scanned. Objects still in the
 * prefetch ring go back to the queue when it stops early. */
static bool drain_some(WorkBuf **bp, int64_t budget, bool check, int64_t *donep) {
  int64_t done = 0;
  uintptr_t ring[PF_N];
  unsigned head = 0, cnt = 0;
  bool dry = false;
  for (unsigned k = 1;; k++, *donep = done) {
    if (!check && (k & 31) == 0 && assist_preempted()) break;
    while (cnt < PF_N) {
      WorkBuf *b = *bp;
      if (!b || b->n == 0) {
        WorkBuf *f = getfull();
        if (!f) break;
        if (b) putempty(b);
        *bp = b = f;
      }
      uintptr_t o = b->obj[--b->n];
      __builtin_prefetch((const void *)o);
      ring[(head + cnt++) % PF_N] = o;
    }
    if (cnt == 0) {
      dry = true;
      break;
    }
    uintptr_t obj = ring[head];
    head = (head + 1) % PF_N;
    cnt--;
    if (check) {
      check_kind = "heap object";
      check_stack = false;
      check_from = obj;
    }
    scan_object(obj, bp, check);
    done += (int64_t)obj_size(span_of(obj));
    if (budget >= 0 && done >= budget) break;
  }
  *donep = done;
  while (cnt) {
    push(bp, ring[head]);
    head = (head + 1) % PF_N;
    cnt--;
  }
  /* the ring's slots die with this frame, but on an assisting goroutine's stack they stay
   * in memory the conservative stack scan of a later cycle reads: stale object pointers
   * there kept dead objects alive (floating garbage seen as t2_memstats_gc's "frees grew:
   * false" under gcstress). Clear them; the barrier keeps the stores. */
  memset(ring, 0, sizeof ring);
  __asm__ volatile("" : : "r"(ring) : "memory");
  return dry;
}

static bool drain_into(WorkBuf **bp, int64_t budget, bool check) {
  int64_t done = 0;
  bool dry = drain_some(bp, budget, check, &done);
  if (!check) __atomic_add_fetch(&gc_scan_work, (uint64_t)done, __ATOMIC_RELAXED);
  return dry;
}

/* the marker thread and assists: each with its own buffer, so take one per caller */
bool gc_drain(int64_t budget) {
  WorkBuf *b = NULL;
  bool dry = drain_into(&b, budget, false);
  if (b) {
    if (b->n) putfull(b);   /* a partial buffer goes back as full: nothing is lost */
    else putempty(b);
  }
  return dry && gc_work_empty();
}

/* ---- roots ---- */

typedef struct RootRange { uintptr_t lo, hi; } RootRange;
static RootRange *roots;
static size_t nroots, roots_cap;
static pthread_mutex_t roots_lock = PTHREAD_MUTEX_INITIALIZER;

void rt_gc_add_root_range(void *lo, void *hi) {
  pthread_mutex_lock(&roots_lock);
  if (nroots == roots_cap) {
    roots_cap = roots_cap ? roots_cap * 2 : 16;
    roots = realloc(roots, roots_cap * sizeof *roots);
    if (!roots) rt_throw_oom();
  }
  roots[nroots].lo = (uintptr_t)lo;
  roots[nroots].hi = (uintptr_t)hi;
  nroots++;
  pthread_mutex_unlock(&roots_lock);
}

void rt_gc_remove_root_range(void *lo) {
  pthread_mutex_lock(&roots_lock);
  for (size_t i = 0; i < nroots; i++)
    if (roots[i].lo == (uintptr_t)lo) {
      roots[i] = roots[--nroots];
      break;
    }
  pthread_mutex_unlock(&roots_lock);
}

/* the package variables with pointers, from every compiled package (gort.h) */
extern const GoRoot __start_gosub_gcroots[] __attribute__((weak));
extern const GoRoot __stop_gosub_gcroots[] __attribute__((weak));

static WorkBuf *root_buf;
static bool root_check;
static void root_mark(void *p) {
  check_kind = "goroutine/timer/defer root";
  check_stack = false;
  mark_into((uintptr_t)p, &root_buf, root_check);
}
static void root_scan(uintptr_t lo, uintptr_t hi) {
  check_kind = "stack";
  check_stack = true;
  check_from = hi;
  __atomic_add_fetch(&gc_stack_bytes, hi > lo ? hi - lo : 0, __ATOMIC_RELAXED);
  scan_conservative(lo, hi, &root_buf, root_check);
}

/* world stopped: every root greyed (into root_buf, then the queue) */
__attribute__((noinline)) static void mark_roots(bool check) {
  __builtin_unwind_init();   /* the caller's callee-saved registers now live in this frame */
  root_buf = NULL;
  root_check = check;
  gc_stack_bytes = gc_global_bytes = 0;
  uintptr_t sp = rt_getsp();
  RtG *self = rt_getg();
  if (rt_on_gstack(sp)) {
    root_scan(sp, (uintptr_t)self + sizeof(RtG));
  } else {   /* a thread that is not a goroutine (the collector, unit tests): its own stack */
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      if (pthread_attr_getstack(&attr, &addr, &size) == 0) root_scan(sp, (uintptr_t)addr + size);
      pthread_attr_destroy(&attr);
    }
  }
  /* the goroutines switched out are scanned after the world restarts (gc_scan_pending) */
  if (!check) __atomic_add_fetch(&gc_scan_epoch, 2, __ATOMIC_RELEASE);
  rt_sched_gc_roots(root_scan, root_mark, rt_on_gstack(sp) ? self : NULL, !check);
  check_kind = "package variable";
  check_stack = false;
  for (const GoRoot *r = __start_gosub_gcroots; r && r < __stop_gosub_gcroots; r++) {
    check_from = (uintptr_t)r->addr;
    scan_typed(r->addr, r->type, &root_buf, check);
    gc_global_bytes += r->type->size;
  }
  extern const GoRoot rt_runtime_roots[];
  for (const GoRoot *r = rt_runtime_roots; r->addr; r++) scan_typed(r->addr, r->type, &root_buf, check);
  pthread_mutex_lock(&roots_lock);
  check_kind = "registered root range";
  check_stack = false;
  for (size_t i = 0; i < nroots; i++) scan_conservative(roots[i].lo, roots[i].hi, &root_buf, check);
  pthread_mutex_unlock(&roots_lock);
  rt_timers_gc_roots(root_mark);
  if (root_buf) {
    if (root_buf->n) putfull(root_buf);
    else putempty(root_buf);
  }
  root_buf = NULL;
}

void gc_mark_roots(void) { mark_roots(false); }

/* ---- goroutine stacks scanned while the world runs ----
 *
 * Scanning 100,000 parked goroutines' stacks with the world stopped took 50-160 ms. So mark
 * setup scans only the stacks of goroutines in system calls (which may return and run on
 * without passing through the scheduler) and moves gc_scan_epoch on: every other live
 * goroutine now owes a scan (g->gcscan != gc_scan_epoch). Right after the world restarts the
 * collector scans them one by one; the scheduler scans one itself if it is about to run it
 * first (execute). Whoever moves gcscan from an old epoch to epoch|1 (CAS) scans, then
 * stores the epoch; a scheduler finding epoch|1 waits for the collector to finish. A
 * goroutine created during the mark is born with the current epoch.
 *
 * Why nothing is lost (Go's hybrid barrier argument; our barrier is the stronger one that
 * shades both the old and the new pointer): a goroutine owing a scan does not run, so its
 * stack still holds everything it held when the mark began (runtime code of other
 * goroutines may write into it — a channel hand-off — but what it writes comes from scanned
 * goroutines or the heap, and a value it takes from there stays there until its owner runs,
 * scanned first). A goroutine that runs has been scanned: every pointer it holds was on its
 * stack then (marked), or loaded later from the heap (reachable, and shaded by the barrier
 * if that heap path is cut), or allocated during the mark (black). So whatever it copies
 * into another stack or a new goroutine is safe. Mark termination needs no rescan;
 * gccheckmark re-marks from every stack and checks that no goroutine still owes a scan.
 *
 * Example: main waits in wg.Wait while 100,000 goroutines wait on a channel; mark setup
 * scans no stack at all (nobody is in a system call) and the pause is the globals' scan;
 * the collector then scans the 100,000 stacks while the program runs. When the channel is
 * closed, an M about to run a goroutine the collector has not reached yet scans it first. */
uint32_t gc_scan_epoch;
static void shade(uintptr_t p);
/* The buffer a scan greys into: the P's (scanned by its M before running a goroutine: only
 * that M touches it; queued after the scan if it holds anything) or one the collector keeps
 * for its whole pass — not a new one per goroutine: 100,000 scans that each found one new
 * object sent 100,000 nearly empty buffers to the queue (40 MB of them). */
static __thread WorkBuf **gscan_bp;
__attribute__((no_sanitize("thread"))) static void gscan_mark(void *p) {
  mark_into((uintptr_t)p, gscan_bp, false);
}

static void scan_g(RtG *g, WorkBuf **bp) {
  gscan_bp = bp;
  rt_panic_gc_roots(g, gscan_mark);
  gscan_mark(g->entry);
  uintptr_t lo = (uintptr_t)g->sched_sp, hi = (uintptr_t)g + sizeof(RtG);
  __atomic_add_fetch(&gc_stack_bytes, hi > lo ? hi - lo : 0, __ATOMIC_RELAXED);
  scan_conservative(lo, hi, bp, false);
  gscan_bp = NULL;
}

static void flush_buf(WorkBuf *b) {
  if (!b) return;
  if (b->n) putfull(b);
  else putempty(b);
}

/* claim g's scan for this mark (from gcscan == old) and do it */
static bool scan_g_try(RtG *g, uint32_t old, uint32_t epoch, WorkBuf **bp) {
  if (!__atomic_compare_exchange_n(&g->gcscan, &old, epoch | 1, false, __ATOMIC_ACQUIRE,
                                   __ATOMIC_RELAXED))
    return false;
  scan_g(g, bp);
  __atomic_store_n(&g->gcscan, epoch, __ATOMIC_RELEASE);
  return true;
}

void gc_scan_before_run(RtG *g) {
  RtM *m = rt_getm();
  WorkBuf *local = NULL;
  WorkBuf **bp = m && m->p ? (WorkBuf **)&m->p->gcw : &local;
  for (;;) {
    uint32_t epoch = __atomic_load_n(&gc_scan_epoch, __ATOMIC_ACQUIRE);
    uint32_t v = __atomic_load_n(&g->gcscan, __ATOMIC_ACQUIRE);
    if (v == epoch || (!(v & 1) && scan_g_try(g, v, epoch, bp))) break;
    sched_yield();   /* the collector is scanning it: microseconds */
  }
  /* what it found goes to the queue now, for the collector to drain while the world runs
   * (left in the P's buffer it would wait for mark termination's stop-the-world) */
  flush_buf(*bp);
  *bp = NULL;
}

/* A pass over every goroutine for the scans this mark still owes: the collector's right
 * after mark setup, and gccheckmark's at mark termination; one buffer for the whole pass. */
typedef struct ScanPass { uint32_t epoch; WorkBuf *buf; } ScanPass;

/* switched-out goroutines that still owe this mark a scan (a dead one owes nothing: it has
 * not run since the mark began, so it was dead then). One in a system call owes a scan only
 * if mark setup missed it on its way out of the call — switching to its M's g0 to queue
 * itself (curg already cleared, status still SYSCALL): its stack above the recorded sp and
 * its saved registers are intact then, as during the call. A goroutine in a system call
 * that mark setup found was scanned then; one that entered it later ran, so was scanned. */
static void scan_pending(RtG *g, void *arg) {
  ScanPass *pass = arg;
  uint32_t v = __atomic_load_n(&g->gcscan, __ATOMIC_ACQUIRE);
  if (v == pass->epoch || (v & 1)) return;
  uint32_t s = __atomic_load_n(&g->status, __ATOMIC_ACQUIRE);
  if (s == G_RUNNABLE || s == G_WAITING || s == G_SYSCALL) scan_g_try(g, v, pass->epoch, &pass->buf);
}

/* gccheckmark, world stopped at mark termination: no goroutine that runs may still owe a
 * scan. (One created by a thread without a P — a timer's — while mark setup moved the epoch
 * on may still owe one without having run: its stack holds nothing but its entry closure,
 * which newg shades while marking; scan_pending scans it here all the same.) */
static void check_scanned(RtG *g, void *arg) {
  scan_pending(g, arg);
  uint32_t s = __atomic_load_n(&g->status, __ATOMIC_ACQUIRE);
  if (s == G_DEAD || s == G_IDLE ||
      __atomic_load_n(&g->gcscan, __ATOMIC_ACQUIRE) == ((ScanPass *)arg)->epoch)
    return;
  fprintf(stderr, "runtime: goroutine %lld (status %u) runs unscanned by the mark\n",
          (long long)g->id, s);
  rt_fatal("gccheckmark found an unscanned stack");
}

static void scan_pass(void (*f)(RtG *g, void *arg)) {
  ScanPass pass = {__atomic_load_n(&gc_scan_epoch, __ATOMIC_ACQUIRE), NULL};
  rt_stack_foreach(f, &pass);
  flush_buf(pass.buf);
}

void gc_scan_pending(void) { scan_pass(scan_pending); }
void gc_check_scanned(void) { scan_pass(check_scanned); }

/* a goroutine's entry closure, stored where no scan of this mark may look (newg) */
void gc_shade_ptr(void *p) {
  if (__atomic_load_n(&gort_writebarrier, __ATOMIC_ACQUIRE)) shade((uintptr_t)p);
}

/* ---- the write barrier ---- */

/* shade p into the running P's buffer (or the global queue from a thread without a P) */
__attribute__((no_sanitize("thread"))) static void shade(uintptr_t p) {
  Span *s = span_of(p);
  if (!s) return;
  RtM *m = rt_getm();
  RtP *pp = m ? m->p : NULL;
  if (pp) {
    mark_into(p, (WorkBuf **)&pp->gcw, false);
    return;
  }
  WorkBuf *b = NULL;
  mark_into(p, &b, false);
  if (b) putfull(b);
}

void gort_wb(void **slot, void *newval) {
  shade((uintptr_t)__atomic_load_n(slot, __ATOMIC_RELAXED));
  shade((uintptr_t)newval);
}

/* before overwriting (or clearing) n bytes at dst that may hold pointers (bulk copies of
 * values with many pointer words, copy(), map deletes, channel buffer slots): the old
 * values, word by word (t NULL: every word, conservatively) */
__attribute__((no_sanitize("thread"))) void gort_wb_old(void *dst, const GoType *t, int64_t n) {
  if (!__atomic_load_n(&gort_writebarrier, __ATOMIC_RELAXED) || n <= 0) return;
  uintptr_t *w = dst;
  if (t && t->ptrdata) {
    int64_t tw = (int64_t)(t->size / 8);
    for (int64_t base = 0; base + tw <= n / 8; base += tw)
      for (uint64_t i = 0; i < t->ptrdata / 8; i++)
        if (t->gcmask[i >> 3] >> (i & 7) & 1) shade(w[base + (int64_t)i]);
    return;
  }
  if (t) return;   /* pointer-free */
  Span *s = span_of((uintptr_t)dst);
  if (s && s->noscan) return;   /* heap memory that never holds pointers */
  for (int64_t i = 0; i < n / 8; i++) shade(w[i]);
}

/* world stopped: every P's barrier buffer to the queue */
void gc_flush_all(void) {
  int32_t procs = atomic_load(&rt_gomaxprocs);
  for (int32_t i = 0; i < RT_MAXPROCS; i++) {
    RtP *p = rt_allp[i];
    if (!p) continue;
    (void)procs;
    WorkBuf *b = p->gcw;
    p->gcw = NULL;
    if (!b) continue;
    if (b->n) putfull(b);
    else putempty(b);
  }
}

/* ---- verifiers (world stopped) ---- */

/* GOSUBDEBUG=gccheckmark=1: mark again from the roots, stop-the-world, into checkbits; every
 * object reached must have been marked by the concurrent mark */
void gc_checkmark(void) {
  for (size_t i = 0; i < heap_nspans; i++) {
    Span *s = heap_spans[i];
    memset(s->checkbits, 0, (s->nelems + 63) / 64 * 8);
  }
  miss_obj = 0;
  mark_roots(true);
  WorkBuf *b = NULL;
  drain_into(&b, -1, true);
  if (b) putempty(b);
  if (!miss_obj) return;
  Span *s = span_of(miss_obj);
  char msg[400];
  snprintf(msg, sizeof msg,
           "gccheckmark: object 0x%lx (size %lu, span class %u) is reachable but the "
           "concurrent mark missed it (found from %s 0x%lx)",
           (unsigned long)miss_obj, (unsigned long)obj_size(s), (unsigned)s->sizeclass,
           miss_kind, (unsigned long)miss_from);
  rt_fatal(msg);
}

/* GOSUBDEBUG=gcverify=1: after the mark, every pointer word of every marked object that
 * points into the heap points into an allocated, marked object */
static _Noreturn void verify_fail(uintptr_t obj, uintptr_t word, uintptr_t val, const char *why) {
  char msg[160];
  snprintf(msg, sizeof msg, "gcverify: object 0x%lx word %lu = 0x%lx: %s", (unsigned long)obj,
           (unsigned long)word, (unsigned long)val, why);
  rt_fatal(msg);
}

static void verify_object(Span *s, uintptr_t obj) {
  uintptr_t w0 = (obj - s->start) >> 3, nw = obj_size(s) >> 3;
  for (uintptr_t i = 0; i < nw; i++) {
    if (!testbit(s->ptrbits, w0 + i)) continue;
    uintptr_t v = ((const uintptr_t *)obj)[i];
    Span *t = span_of(v);
    if (!t) continue;
    if (v < t->start) verify_fail(obj, i, v, "points before its span");
    uintptr_t idx = obj_index(t, v);
    if (idx >= t->nelems) continue;   /* past the last object (end of a slice) */
    bool boundary = v == t->start + idx * obj_size(t);
    /* a pointer exactly at a free object's start may be the one-past-the-end pointer of a
     * zero-capacity slice of the object before it (s[len(s):]): harmless */
    if (!testbit(t->allocbits, idx)) {
      if (boundary) continue;
      verify_fail(obj, i, v, "points to a free object");
    }
    if (!testbit(t->markbits, idx)) verify_fail(obj, i, v, "points to an unmarked object");
  }
}

void gc_verify(void) {
  for (size_t i = 0; i < heap_nspans; i++) {
    Span *s = heap_spans[i];
    if (s->noscan) continue;
    for (uint32_t k = 0; k < s->nelems; k++)
      if (testbit(s->markbits, k) && testbit(s->allocbits, k))
        verify_object(s, s->start + (uintptr_t)k * obj_size(s));
  }
}
