/* mgcsweep.c — sweeping: after a mark, every span's unmarked objects are freed (their allocbits
 * cleared; the memory itself is zeroed when handed out again), empty spans go back to the page
 * allocator, and spans with room become available for allocation. Lazy and in the background:
 * the collector thread sweeps the list after mark termination, an allocation that finds no
 * swept span with room sweeps spans itself (gc_sweep_for), and the next cycle finishes
 * whatever is left before it marks (gc_sweep_finish).
 *
 * Invariants:
 *   - sweep_list[0, nsweep) is the snapshot of heap_spans taken at mark termination (world
 *     stopped); each entry is swept by exactly one claimer: whoever takes its index from
 *     sweep_next (atomic fetch-add). Spans created after the snapshot are born swept.
 *   - A span on the sweep list is in no cache (mark termination uncached them all) and on no
 *     partial list, so nobody allocates from it until its sweep puts it on one.
 *   - Only the claimer of an entry may release its span (free the record), so no entry ever
 *     points to a freed span while it is still to be swept.
 *
 * Example: a span of 24-byte objects with allocbits 0b1111 and markbits 0b0101 → allocbits
 * 0b0101, two frees counted, markbits cleared, cursor reset, the span goes on partial[3] for
 * the next refill of class 3.
 */
#include "heap.h"
#include "rtsched.h"
#include <stdlib.h>

static Span **sweep_list;
static size_t nsweep, sweep_cap;
static size_t sweep_next;        /* atomic: the next entry to claim */
static size_t sweep_done_count;  /* atomic: entries fully swept */

void gc_sweep_start(void) {
  if (heap_nspans > sweep_cap) {
    sweep_cap = heap_nspans * 2;
    free(sweep_list);
    sweep_list = malloc(sweep_cap * sizeof *sweep_list);
    if (!sweep_list) rt_throw_oom();
  }
  for (size_t i = 0; i < NCLASS; i++) partial[i][0] = partial[i][1] = NULL;
  /* (every span's partialgen goes stale with the sweepgen below: no span is touched here,
   * which took milliseconds of the stop-the-world with a heap of 500 MB) */
  memcpy(sweep_list, heap_spans, heap_nspans * sizeof *sweep_list);
  nsweep = heap_nspans;
  __atomic_store_n(&sweep_done_count, 0, __ATOMIC_RELAXED);
  __atomic_store_n(&sweep_next, 0, __ATOMIC_RELEASE);
  __atomic_add_fetch(&heap_sweepgen, 2, __ATOMIC_RELEASE);
}

/* Free the unmarked objects of s (claimed by the caller). Returns s if it has room and is
 * still a span (put on no list yet), or NULL (released, or full). */
static Span *sweep_span(Span *s, bool *has_room) {
  uint32_t freed = 0;
  *has_room = false;
  if (!s->sizeclass) {
    if (!testbit(s->markbits, 0)) {
      __atomic_add_fetch(&heap_frees, 1, __ATOMIC_RELAXED);
      __atomic_add_fetch(&heap_freed_bytes, span_bytes(s), __ATOMIC_RELAXED);
      pthread_mutex_lock(&heap_lock);
      heap_release_span(s);
      pthread_mutex_unlock(&heap_lock);
      return NULL;
    }
    clrbit(s->markbits, 0);
    __atomic_store_n(&s->sweepgen, __atomic_load_n(&heap_sweepgen, __ATOMIC_RELAXED), __ATOMIC_RELEASE);
    return NULL;
  }
  size_t nwords = (s->nelems + 63) / 64;
  for (size_t w = 0; w < nwords; w++) {
    uint64_t a = __atomic_load_n(&s->allocbits[w], __ATOMIC_RELAXED);
    uint64_t m = __atomic_load_n(&s->markbits[w], __ATOMIC_RELAXED);
    freed += (uint32_t)__builtin_popcountll(a & ~m);
    __atomic_store_n(&s->allocbits[w], a & m, __ATOMIC_RELAXED);
    __atomic_store_n(&s->markbits[w], 0, __ATOMIC_RELAXED);
  }
  s->nalloc -= freed;
  if (freed) {
    s->cursor = 0;   /* allocation finds the freed slots in allocbits */
    __atomic_add_fetch(&heap_frees, freed, __ATOMIC_RELAXED);
    __atomic_add_fetch(&heap_freed_bytes, (uint64_t)freed * s->elemsize, __ATOMIC_RELAXED);
  }
  __atomic_store_n(&s->sweepgen, __atomic_load_n(&heap_sweepgen, __ATOMIC_RELAXED), __ATOMIC_RELEASE);
  if (s->nalloc == 0) {
    pthread_mutex_lock(&heap_lock);
    heap_release_span(s);
    pthread_mutex_unlock(&heap_lock);
    return NULL;
  }
  *has_room = s->nalloc < s->nelems;
  return s;
}

static Span *claim(void) {
  size_t i = __atomic_fetch_add(&sweep_next, 1, __ATOMIC_ACQ_REL);
  return i < nsweep ? sweep_list[i] : NULL;
}

static void done_one(void) { __atomic_add_fetch(&sweep_done_count, 1, __ATOMIC_RELEASE); }

bool gc_sweep_one(void) {
  Span *s = claim();
  if (!s) return false;
  bool room;
  s = sweep_span(s, &room);
  if (s && room) {
    pthread_mutex_lock(&heap_lock);
    heap_partial_push(s);
    pthread_mutex_unlock(&heap_lock);
  }
  done_one();
  return true;
}

/* an allocation of class cls found no swept span with room: sweep until one has room; the
 * others with room go on their partial lists */
Span *gc_sweep_for(int cls, int noscan) {
  Span *s;
  while ((s = claim())) {
    bool room;
    bool mine = s->sizeclass == cls && s->noscan == noscan;
    s = sweep_span(s, &room);
    if (s && room) {
      if (mine) {
        done_one();
        return s;
      }
      pthread_mutex_lock(&heap_lock);
      heap_partial_push(s);
      pthread_mutex_unlock(&heap_lock);
    }
    done_one();
  }
  return NULL;
}

/* sweep whatever is left, and wait for claimers that are still sweeping theirs */
void gc_sweep_finish(void) {
  while (gc_sweep_one()) {}
  while (__atomic_load_n(&sweep_done_count, __ATOMIC_ACQUIRE) < nsweep) sched_yield();
}
