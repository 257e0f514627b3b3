/* heap.h — the allocator's data structures, shared by alloc.c (allocation) and gc.c (the
 * mark-sweep collector). Nothing outside these two files includes it.
 *
 * Invariants (see alloc.c and gc.c for the full story):
 *   - pagemap[(a - arena_lo) >> PAGE_SHIFT] is the Span owning address a for every page of
 *     every live span, NULL for free pages.
 *   - allocbits: object allocated and not yet freed by a sweep; markbits: reached by the
 *     current/last mark (all clear outside a collection).
 *   - heap_spans lists every live span exactly once (the sweeper walks it).
 *   - heap_lock guards pages, span lists and the statistics below; the collector runs with
 *     the world stopped (today: the only thread) and holds it throughout.
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
  uint8_t sizeclass;     /* 0 = large */
  uint8_t noscan;        /* no object holds pointers: never scanned */
  uint8_t needzero;      /* fresh objects may hold stale data */
  uint8_t incache;       /* a thread's current span for its class */
  uint8_t inpartial;     /* on partial[][] */
  uint8_t released;      /* free run: its pages were given back to the OS (madvise) */
  uint32_t cursor;       /* allocation searches allocbits for a free object from here up to
                            nextfresh (a sweep resets it to 0 when it freed something) */
  uint64_t *allocbits, *markbits, *ptrbits;
  struct Span *next;     /* partial list / free page-run list */
} Span;

typedef struct RtCache {
  Span *cur[NCLASS][2];  /* [class][noscan] */
  uint64_t mallocs, bytes;
  struct RtCache *next;
} RtCache;

extern pthread_mutex_t heap_lock;
extern uintptr_t arena_lo, arena_hi, arena_used;
extern Span **pagemap;
extern Span *partial[NCLASS][2];
extern RtCache *all_caches;
extern Span **heap_spans;
extern size_t heap_nspans;
extern uint64_t heap_frees, heap_freed_bytes;  /* by sweeps */
extern uint64_t heap_live;                     /* bytes live after the last mark + handed out */
extern uint64_t gc_goal;                       /* collect when heap_live reaches it */
extern int gc_enabled;                         /* GOSUBDEBUG=gc=1 (off by default) */
extern int gc_percent;                         /* GOGC */
extern int gc_stress;                          /* GOSUBDEBUG=gcstress=N */
void gc_stress_tick(void);

static inline Span *span_of(uintptr_t a) {
  if (a - arena_lo >= arena_used - arena_lo) return NULL;
  return pagemap[(a - arena_lo) >> PAGE_SHIFT];
}
static inline uintptr_t span_bytes(const Span *s) { return s->npages << PAGE_SHIFT; }
static inline uintptr_t obj_size(const Span *s) { return s->sizeclass ? s->elemsize : span_bytes(s); }
static inline uintptr_t obj_index(const Span *s, uintptr_t a) {
  return s->sizeclass ? (uintptr_t)(((uint64_t)(a - s->start) * s->divmagic) >> 32) : 0;
}
static inline bool testbit(const uint64_t *bits, uintptr_t i) { return bits[i >> 6] >> (i & 63) & 1; }
static inline void setbit(uint64_t *bits, uintptr_t i) { bits[i >> 6] |= (uint64_t)1 << (i & 63); }
static inline void clrbit(uint64_t *bits, uintptr_t i) { bits[i >> 6] &= ~((uint64_t)1 << (i & 63)); }

/* alloc.c, heap_lock held */
void heap_release_span(Span *s);     /* pages back to the free runs, span record freed */
void heap_uncache_all(void);         /* detach every cache's current spans */
void heap_partial_push(Span *s);     /* s has free objects: make it available */
void heap_scavenge(uint64_t keep);   /* give free pages beyond `keep` bytes back to the OS */

/* gc.c */
void gc_collect(void);               /* collect if still over the goal; may park */
void gc_run(bool forced);            /* stops the world; takes heap_lock */
void gc_init(void);

#endif
