/* heap.h — the heap's data structures, shared by the allocator (alloc.c) and the collector
 * (mgc.c: the cycle, mgcmark.c: marking and the write barrier, mgcsweep.c: sweeping). Nothing
 * else includes it.
 *
 * Invariants (alloc.c and mgc.c tell the full story):
 *   - pagemap[(a - arena_lo) >> PAGE_SHIFT] is the Span owning address a for every page of
 *     every live span, NULL for free pages.
 *   - allocbits: object handed out and not freed by a sweep; markbits: reached by the current
 *     mark (black or grey), or allocated during it (black); cleared by the span's sweep.
 *   - A span is swept once per cycle: s->sweepgen == heap_sweepgen once swept; the sweep list
 *     of mark termination holds every span with sweepgen == heap_sweepgen - 2. Only swept
 *     spans are ever cached for allocation; every span is swept before the next mark starts.
 *   - The single writer of a cached span's allocbits and ptrbits is the P that caches it; the
 *     marker only reads them (relaxed atomics), and sets markbits with atomic ORs.
 *   - heap_lock guards pages, span lists and the statistics below; it is never held across
 *     anything that may park or stop the world.
 */
#ifndef GOSUB_HEAP_H
#define GOSUB_HEAP_H

#include "rt_internal.h"
#include <pthread.h>

#define PAGE_SHIFT 13
#define PAGE_SIZE ((uintptr_t)1 << PAGE_SHIFT)
#define NCLASS 68
#define MAX_SMALL 32768

typedef struct Span {
  uintptr_t start;       /* first byte of the first object (page aligned) */
  uintptr_t npages;
  uint32_t elemsize;     /* size class size; 0 for a large span (size is npages pages) */
  uint32_t nelems;
  uint32_t divmagic;     /* (offset * divmagic) >> 32 == offset / elemsize within the span */
  uint32_t nextfresh;    /* objects [nextfresh, nelems) never handed out since carving */
  uint32_t nalloc;       /* live objects (allocbits set) */
  uint32_t sweepgen;     /* atomic; see the invariants above */
  uint8_t sizeclass;     /* 0 = large */
  uint8_t noscan;        /* no object holds pointers: never scanned */
  uint8_t needzero;      /* fresh objects may hold stale data */
  uint8_t incache;       /* a P's current span for its class */
  uint8_t released;      /* free run: its pages were given back to the OS (madvise) */
  uint32_t partialgen;   /* heap_sweepgen + 1 while on partial[][] (heap_lock): a sweep start
                            empties the lists and, moving heap_sweepgen, makes every old value
                            stale without touching the spans */
  uint32_t cursor;       /* allocation searches allocbits for a free object from here up to
                            nextfresh (a sweep resets it to 0 when it freed something) */
  size_t index;          /* position in heap_spans (heap_lock) */
  uint64_t *allocbits, *markbits, *checkbits, *ptrbits;
  struct Span *next;     /* partial list / free page-run list */
} Span;

typedef struct RtCache {
  Span *cur[NCLASS][2];  /* [class][noscan] */
  uint64_t mallocs, bytes;
  struct RtCache *next;
} RtCache;

extern pthread_mutex_t heap_lock;
extern uintptr_t arena_lo, arena_hi, arena_used, arena_mid, arena_lused;
extern Span **pagemap;
extern Span *partial[NCLASS][2];
extern RtCache *all_caches;
extern Span **heap_spans;
extern size_t heap_nspans;
extern uint64_t heap_frees, heap_freed_bytes;  /* by sweeps (atomic) */
extern uint64_t heap_live;                     /* bytes live after the last mark + handed out
                                                  since (atomic) */
extern uint64_t heap_released;                 /* free pages given back to the OS */
extern uint64_t heap_sys;                      /* bytes of arena carved into pages */

/* the marker and the barrier look up spans while allocations extend the arena (heap_lock):
 * arena_used and pagemap entries are read and written atomically */
static inline Span *span_of(uintptr_t a) {
  if (a - arena_lo >= __atomic_load_n(&arena_used, __ATOMIC_ACQUIRE) - arena_lo &&
      a - arena_mid >= __atomic_load_n(&arena_lused, __ATOMIC_ACQUIRE) - arena_mid)
    return NULL;
  return __atomic_load_n(&pagemap[(a - arena_lo) >> PAGE_SHIFT], __ATOMIC_ACQUIRE);
}
static inline uintptr_t span_bytes(const Span *s) { return s->npages << PAGE_SHIFT; }
static inline uintptr_t obj_size(const Span *s) { return s->sizeclass ? s->elemsize : span_bytes(s); }
static inline uintptr_t obj_index(const Span *s, uintptr_t a) {
  return s->sizeclass ? (uintptr_t)(((uint64_t)(a - s->start) * s->divmagic) >> 32) : 0;
}
static inline bool testbit(const uint64_t *bits, uintptr_t i) {
  return __atomic_load_n(&bits[i >> 6], __ATOMIC_RELAXED) >> (i & 63) & 1;
}
static inline bool testbit_acq(const uint64_t *bits, uintptr_t i) {
  return __atomic_load_n(&bits[i >> 6], __ATOMIC_ACQUIRE) >> (i & 63) & 1;
}
/* single-writer bitmaps (allocbits of a cached span, checkbits with the world stopped) */
static inline void setbit(uint64_t *bits, uintptr_t i) {
  uint64_t *w = &bits[i >> 6];
  __atomic_store_n(w, __atomic_load_n(w, __ATOMIC_RELAXED) | (uint64_t)1 << (i & 63), __ATOMIC_RELEASE);
}
static inline void clrbit(uint64_t *bits, uintptr_t i) {
  uint64_t *w = &bits[i >> 6];
  __atomic_store_n(w, __atomic_load_n(w, __ATOMIC_RELAXED) & ~((uint64_t)1 << (i & 63)), __ATOMIC_RELAXED);
}
/* markbits: shared with the marker; true when this call set the bit */
static inline bool setbit_atomic(uint64_t *bits, uintptr_t i) {
  uint64_t m = (uint64_t)1 << (i & 63);
  return !(__atomic_fetch_or(&bits[i >> 6], m, __ATOMIC_ACQ_REL) & m);
}

/* ---- the collector's state (mgc.c) ---- */
enum { GC_OFF, GC_MARK };
extern uint32_t gc_phase;          /* atomic; changes only with the world stopped */
extern uint32_t heap_sweepgen;     /* atomic; += 2 at every mark termination */
extern uint64_t gc_goal, gc_trigger;
extern int gc_percent;             /* GOGC; < 0: off */
extern int gc_stress;              /* GOSUBDEBUG=gcstress=N */
extern uint64_t gc_marked_bytes;   /* bytes marked by the last completed mark (atomic) */

/* alloc.c, heap_lock held */
void heap_release_span(Span *s);     /* pages back to the free runs, span record freed */
void heap_uncache_all(void);         /* detach every cache's current spans */
void heap_partial_push(Span *s);     /* s has free objects: make it available */
void heap_scavenge(uint64_t keep);   /* give free pages beyond `keep` bytes back to the OS */
void heap_spans_remove(Span *s);

/* mgc.c */
void gc_init(void);
void gc_stress_tick(void);
void gc_alloc_slow(uint64_t bytes); /* an allocation's slow path: trigger, assist, may park */
void gc_run(bool forced);           /* a whole cycle, waited for (runtime.GC) */

/* mgcmark.c */
void gc_mark_roots(void);           /* world stopped, barrier on: every root greyed (but
                                       switched-out goroutines' stacks: gc_scan_pending) */
void gc_scan_pending(void);         /* the stacks mark setup left (world running or not) */
void gc_check_scanned(void);        /* gccheckmark: no goroutine still owes this mark a scan */
bool gc_drain(int64_t budget);      /* scan grey objects (budget bytes, < 0: all); true if
                                       the queue ran dry */
void gc_flush_all(void);            /* world stopped: every P's grey buffer to the queue */
bool gc_work_empty(void);
void gc_checkmark(void);            /* world stopped: verify the mark (GOSUBDEBUG=gccheckmark) */
void gc_verify(void);               /* world stopped: verify the heap (GOSUBDEBUG=gcverify) */
void gc_mark_black(Span *s, uintptr_t idx); /* an object allocated while marking */
uint64_t gc_marked_sum(bool reset); /* world stopped: bytes marked this cycle (then 0 if reset) */
extern uint64_t gc_scan_work;       /* atomic: bytes of objects scanned this cycle */
extern uint64_t gc_stack_bytes, gc_global_bytes; /* scanned at the last mark's start */

/* mgcsweep.c */
void gc_sweep_start(void);          /* world stopped: every span to sweep, sweepgen += 2 */
bool gc_sweep_one(void);            /* sweep the next span of the list; false when done */
Span *gc_sweep_for(int cls, int noscan); /* sweep until a span of this class has room */
void gc_sweep_finish(void);         /* sweep whatever is left */

#endif
