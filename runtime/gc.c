/* gc.c — a stop-the-world mark-sweep collector over alloc.c's heap (the first step towards
 * DESIGN §6's concurrent collector). OFF by default; GOSUBDEBUG=gc=1 turns it on (GOGC paces
 * it, GODEBUG=gctrace=1 prints one line per cycle); GOSUBDEBUG=gcstress=N turns it on and
 * also collects every N allocations (tests/run passes with gcstress=1); GOSUBDEBUG=gcverify=1
 * checks after every mark that no marked object points to a free or unmarked one.
 *
 * Roots: the data and bss segments and the running goroutine's stack (from the collector's
 * frame, with callee-saved registers spilled by __builtin_unwind_init, up to RtG.stack_hi),
 * scanned conservatively; ranges registered with rt_gc_add_root_range (future goroutine
 * stacks); the closures of pending defers (their records live in malloc'd memory, panic.c).
 * Heap objects are scanned precisely: only the words whose ptrbits are set (from the type
 * descriptor at allocation); noscan spans are never scanned.
 *
 * Invariants:
 *   - Runs with the world stopped (the only thread today) and heap_lock held; caches are
 *     detached first, so no span is being allocated from during the cycle.
 *   - A word "points to" an object when it falls anywhere inside it (interior pointers are
 *     common: slices of arrays, fields) and the object's allocbit is set.
 *   - Mark: an object is marked before it is pushed on the mark stack, so each object is
 *     scanned at most once; at the end of mark every object reachable from the roots is marked
 *     (black) and nothing unmarked is reachable (white).
 *   - Sweep: unmarked allocated objects are freed by clearing their allocbits only (the objects
 *     are not touched; they are zeroed when handed out again); empty spans go back to the free
 *     page runs (returned to the OS beyond the goal); markbits are all clear afterwards.
 *   - Pacing: heap_live counts live bytes after the last mark plus every byte handed out
 *     since; the next cycle starts when it reaches goal = max(4 MB, live * (1 + GOGC/100)).
 *
 * Example: root word 0x...c018 on the stack → span of class 3 (24 bytes) starting at
 *   0x...c000 → object #1 (0x...c018), allocbit set, not marked → mark, push; scanning it
 *   reads word 0 (ptrbit set) → another object → mark, push; word 1 (ptrbit clear) skipped.
 */
#include "heap.h"
#include "rtsched.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int gc_enabled;
int gc_stress;            /* GOSUBDEBUG=gcstress=N: collect every N allocations */
static int stress_left;   /* atomic */
static int gc_verify;     /* GOSUBDEBUG=gcverify=1: check the heap after every mark */
int gc_percent = 100;
uint64_t gc_goal = 4 << 20;
static int gc_trace;
static double gc_start_time;

extern char __data_start[], _end[];

typedef struct RootRange { uintptr_t lo, hi; } RootRange;
static RootRange *roots;
static size_t nroots, roots_cap;

static void collect(void);
static uintptr_t *mstack;
static size_t mtop, mcap;
static uint64_t marked_bytes;

static double now_sec(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

void gc_init(void) {
  const char *d = getenv("GOSUBDEBUG");
  if (d && strstr(d, "gc=1")) gc_enabled = 1;
  if (d && strstr(d, "gcverify=1")) gc_enabled = gc_verify = 1;
  const char *st = d ? strstr(d, "gcstress=") : NULL;
  if (st && atoi(st + 9) > 0) {
    gc_enabled = 1;
    gc_stress = stress_left = atoi(st + 9);
  }
  const char *g = getenv("GOGC");
  if (g && strcmp(g, "off") == 0) gc_enabled = 0;
  else if (g && *g) gc_percent = atoi(g);
  const char *t = getenv("GODEBUG");
  if (t && strstr(t, "gctrace=1")) gc_trace = 1;
  gc_start_time = now_sec();
}

void gc_stress_tick(void) {
  if (__atomic_sub_fetch(&stress_left, 1, __ATOMIC_RELAXED) > 0) return;
  __atomic_store_n(&stress_left, gc_stress, __ATOMIC_RELAXED);
  gc_run(true);
}

void gc_collect(void) { gc_run(false); }

void rt_gc_add_root_range(void *lo, void *hi) {
  pthread_mutex_lock(&heap_lock);
  if (nroots == roots_cap) {
    roots_cap = roots_cap ? roots_cap * 2 : 16;
    roots = realloc(roots, roots_cap * sizeof *roots);
    if (!roots) rt_throw_oom();
  }
  roots[nroots].lo = (uintptr_t)lo;
  roots[nroots].hi = (uintptr_t)hi;
  nroots++;
  pthread_mutex_unlock(&heap_lock);
}

void rt_gc_remove_root_range(void *lo) {
  pthread_mutex_lock(&heap_lock);
  for (size_t i = 0; i < nroots; i++)
    if (roots[i].lo == (uintptr_t)lo) { roots[i] = roots[--nroots]; break; }
  pthread_mutex_unlock(&heap_lock);
}

/* ---- mark ---- */

static void push(uintptr_t obj) {
  if (mtop == mcap) {
    mcap = mcap ? mcap * 2 : 4096;
    mstack = realloc(mstack, mcap * sizeof *mstack);
    if (!mstack) rt_throw_oom();
  }
  mstack[mtop++] = obj;
}

static inline void mark(uintptr_t a) {
  Span *s = span_of(a);
  if (!s || a < s->start) return;
  uintptr_t idx = obj_index(s, a);
  if (idx >= s->nelems || !testbit(s->allocbits, idx) || testbit(s->markbits, idx)) return;
  setbit(s->markbits, idx);
  marked_bytes += obj_size(s);
  if (!s->noscan) push(s->start + idx * obj_size(s));
}

static void mark_ptr(void *p) { mark((uintptr_t)p); }

/* Reads whole stacks and data segments word by word, redzones included: not for ASan. */
__attribute__((no_sanitize("address"))) static void scan_conservative(uintptr_t lo,
                                                                   uintptr_t hi) {
  lo = (lo + 7) & ~(uintptr_t)7;
  for (uintptr_t a = lo; a + 8 <= hi; a += 8) mark(*(const uintptr_t *)a);
}

static void scan_object(uintptr_t obj) {
  Span *s = span_of(obj);
  uintptr_t w0 = (obj - s->start) >> 3, nw = obj_size(s) >> 3;
  const uintptr_t *words = (const uintptr_t *)obj;
  for (uintptr_t i = 0; i < nw;) {
    uintptr_t w = w0 + i;
    uint64_t bits = s->ptrbits[w >> 6] >> (w & 63);
    if (!bits) { i += 64 - (w & 63); continue; }
    int skip = __builtin_ctzll(bits);
    i += (uintptr_t)skip;
    if (i < nw) mark(words[i]);
    i++;
  }
}

/* pops objects through a small ring: each is prefetched PF pops before it is scanned, which
 * hides most of the cache miss of reading it */
static void drain(void) {
  enum { PF = 8 };
  uintptr_t ring[PF];
  unsigned head = 0, n = 0;
  for (;;) {
    if (mtop) {
      uintptr_t obj = mstack[--mtop];
      __builtin_prefetch((const void *)obj);
      if (n == PF) {
        uintptr_t old = ring[head];
        ring[head] = obj;
        head = (head + 1) % PF;
        scan_object(old);
      } else {
        ring[(head + n++) % PF] = obj;
      }
      continue;
    }
    if (!n) return;
    uintptr_t old = ring[head];
    head = (head + 1) % PF;
    n--;
    scan_object(old);
  }
}

static void scan_range(uintptr_t lo, uintptr_t hi) { scan_conservative(lo, hi); }

/* Roots: the collecting goroutine's own stack (registers spilled here first), every other
 * goroutine's stack and saved registers, pending defers and panics, the data and bss
 * segments, pending timers, and registered ranges. */
__attribute__((noinline)) static void mark_roots(void) {
  __builtin_unwind_init();   /* callee-saved registers now live in this frame */
  uintptr_t sp = rt_getsp();
  RtG *self = rt_getg();
  if (rt_on_gstack(sp)) {
    scan_conservative(sp, (uintptr_t)self + sizeof(RtG));
  } else {   /* a thread that is not a goroutine (unit tests): its own stack */
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      if (pthread_attr_getstack(&attr, &addr, &size) == 0) scan_conservative(sp, (uintptr_t)addr + size);
      pthread_attr_destroy(&attr);
    }
  }
  rt_sched_gc_roots(scan_range, mark_ptr, rt_on_gstack(sp) ? self : NULL);
  scan_conservative((uintptr_t)__data_start, (uintptr_t)_end);
  for (size_t i = 0; i < nroots; i++) scan_conservative(roots[i].lo, roots[i].hi);
  rt_timers_gc_roots(mark_ptr);
  drain();
}

/* ---- heap verifier (GOSUBDEBUG=gcverify=1) ----
 * After mark: every pointer word of every marked object that points into the arena must
 * point into an allocated, marked object. A violation means a pointer mask that missed a
 * pointer (an object was freed while reachable) or a collector bug. */
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

static void verify_heap(void) {
  for (size_t i = 0; i < heap_nspans; i++) {
    Span *s = heap_spans[i];
    if (s->noscan) continue;
    for (uint32_t k = 0; k < s->nelems; k++)
      if (testbit(s->markbits, k)) verify_object(s, s->start + (uintptr_t)k * obj_size(s));
  }
}

/* ---- sweep ---- */

static void sweep_small(Span *s) {
  size_t nwords = (s->nelems + 63) / 64;
  uint32_t freed = 0;
  for (size_t w = 0; w < nwords; w++) {
    uint64_t dead = s->allocbits[w] & ~s->markbits[w];
    freed += (uint32_t)__builtin_popcountll(dead);
    s->allocbits[w] &= s->markbits[w];
    s->markbits[w] = 0;
  }
  s->nalloc -= freed;
  heap_frees += freed;
  heap_freed_bytes += (uint64_t)freed * s->elemsize;
  if (freed) s->cursor = 0;   /* allocation finds the freed slots in allocbits */
}

static void sweep(void) {
  for (int k = 0; k < NCLASS; k++) partial[k][0] = partial[k][1] = NULL;
  size_t keep = 0;
  for (size_t i = 0; i < heap_nspans; i++) {
    Span *s = heap_spans[i];
    s->inpartial = 0;
    if (!s->sizeclass) {
      if (!testbit(s->markbits, 0)) {
        heap_frees++;
        heap_freed_bytes += span_bytes(s);
        heap_release_span(s);
        continue;
      }
      clrbit(s->markbits, 0);
      heap_spans[keep++] = s;
      continue;
    }
    sweep_small(s);
    if (s->nalloc == 0) {
      heap_release_span(s);
      continue;
    }
    if (s->nalloc < s->nelems) heap_partial_push(s);
    heap_spans[keep++] = s;
  }
  heap_nspans = keep;
}

/* A stop-the-world collection. forced: runtime.GC and gcstress collect even if another
 * goroutine collected while this one waited for the world semaphore. Only goroutines collect
 * (the world is stopped through the scheduler); allocations on a scheduler stack or before
 * main starts never trigger a collection. */
void gc_run(bool forced) {
  if (!rt_sched.main_started) {
    /* no scheduler (unit tests), or before main: nothing else runs; collect here */
    if (!rt_on_gstack(rt_getsp())) collect();
    return;
  }
  if (!rt_on_gstack(rt_getsp())) return;
  rt_semacquire(&rt_worldsema, "GC");
  if (!forced && __atomic_load_n(&heap_live, __ATOMIC_RELAXED) < gc_goal) {
    rt_semrelease(&rt_worldsema, false);
    return;
  }
  rt_stop_the_world();
  collect();
  rt_start_the_world();
  rt_semrelease(&rt_worldsema, false);
}

static void collect(void) {
  double t0 = now_sec();
  pthread_mutex_lock(&heap_lock);
  uint64_t before = heap_live;
  heap_uncache_all();
  marked_bytes = 0;
  mark_roots();
  if (gc_verify) verify_heap();
  double t1 = now_sec();
  sweep();
  __atomic_store_n(&heap_live, marked_bytes, __ATOMIC_RELAXED);
  uint64_t goal = marked_bytes + marked_bytes * (uint64_t)(gc_percent > 0 ? gc_percent : 0) / 100;
  gc_goal = goal < ((uint64_t)4 << 20) ? (uint64_t)4 << 20 : goal;
  heap_scavenge(gc_goal - marked_bytes + ((uint64_t)4 << 20));  /* room to grow to the goal */
  rt_memstats.num_gc++;
  double t2 = now_sec();
  rt_memstats.pause_total_ns += (uint64_t)((t2 - t0) * 1e9);
  struct timespec wall;
  clock_gettime(CLOCK_REALTIME, &wall);
  rt_memstats.last_gc = (uint64_t)wall.tv_sec * 1000000000u + (uint64_t)wall.tv_nsec;
  pthread_mutex_unlock(&heap_lock);
  if (gc_trace) {
    char line[256];
    int n = snprintf(line, sizeof line,
                     "gc %llu @%.3fs 0%%: 0+%.3f+%.3f ms clock, 0+0/0/0+0 ms cpu, "
                     "%llu->%llu->%llu MB, %llu MB goal, 0 MB stacks, 0 MB globals, 1 P\n",
                     (unsigned long long)rt_memstats.num_gc, t0 - gc_start_time,
                     (t1 - t0) * 1e3, (t2 - t1) * 1e3, (unsigned long long)(before >> 20),
                     (unsigned long long)(before >> 20), (unsigned long long)(marked_bytes >> 20),
                     (unsigned long long)(gc_goal >> 20));
    rt_write(2, line, n);
  }
}

/* ---- write barrier (the concurrent collector will set gort_writebarrier while marking;
 * the stop-the-world collector never needs it) ---- */
volatile uint32_t gort_writebarrier;

void gort_wb(void **slot, void *newval) {
  /* hybrid barrier (DESIGN §6) will shade *slot and newval here */
  (void)slot;
  (void)newval;
}
