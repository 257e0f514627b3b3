/* alloc.c — the heap allocator (DESIGN §6), built for the coming mark-sweep collector.
 *
 * Layout:
 *   - One big reserved region (the arena, MAP_NORESERVE, touched lazily) cut into 8 KiB pages;
 *     small-object spans come from its lower half, large objects from its upper half (the one
 *     with transparent huge pages).
 *     `pagemap[page]` gives the Span that owns a page, so any interior pointer finds its object
 *     (conservative stack scanning, the write barrier).
 *   - A Span is a run of pages holding objects of one size class (Go's 68 classes from
 *     runtime/sizeclasses.go, so cap() after append matches Go) or one large object (> 32 KiB,
 *     rounded up to whole pages). Side metadata per span: allocbits (1 bit per object), markbits
 *     (1 bit per object, for the collector), ptrbits (1 bit per 8-byte word, set from the type
 *     descriptor's gcmask at allocation; NULL for no-pointer spans, which are never scanned).
 *   - Each P (rtsched.h) has an RtCache with a current span per (class, scan/noscan), so the
 *     fast path takes no lock; threads without a P (unit tests) use one of their own. It takes
 *     the next free slot in allocbits (objects freed by a sweep; the sweep never touches the
 *     objects themselves) or bumps through never-used objects.
 *   - The slow paths (refill, large objects) tell the collector what they hand out
 *     (gc_alloc_slow: it starts a cycle at the trigger, and makes the allocation assist the
 *     marker while one runs). While marking, new objects are allocated black (marked).
 *     Refill takes a swept span with room, else sweeps spans of the class (mgcsweep.c), else
 *     carves a new one. Freed pages go back to a coalescing free-run list and to the OS
 *     (madvise). Shared structures: heap.h.
 *
 * Invariants:
 *   - Every object handed out is zeroed, except pointer-free memory asked for unzeroed
 *     (rt_alloc_noscan_nozero: string bytes, the copied part of a grown []byte — Go's
 *     mallocgc(needzero=false)), which the caller overwrites at once. Fresh arena pages and
 *     pages given back to the OS are zero; a recycled object is zeroed when it is handed out
 *     again; a recycled span's never-used objects likewise (needzero).
 *   - allocbit(obj) == 1 exactly while the object is live (allocated, not yet swept away).
 *   - An object in a scan span has its ptrbits written for its type at allocation; words past
 *     the type's ptrdata (and padding to the size class) have ptrbits 0.
 *   - The global lock (heap_lock) guards the page allocator and the span lists; the fast path
 *     touches only the thread's cache and its current spans.
 *
 * Example: gort_alloc(&T) with T.size = 20, T.gcmask = {0x1} → size class 3 (24 bytes); the
 * cache's current scan span for class 3 gives object #k at start + 24k; allocbit k is set;
 * ptrbits for words 3k..3k+2 become 1,0,0.
 */
#include "heap.h"
#include "rtsched.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

/* Go 1.19 runtime/sizeclasses.go */
static const uint16_t class_to_size[NCLASS] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
    160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
    448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
    1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
    6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
static const uint8_t class_to_npages[NCLASS] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3,
    2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4};
/* size → class, by 8 bytes up to 1024 and by 128 bytes up to 32768 (filled by heap_init) */
static uint8_t size_to_class8[1024 / 8 + 1];
static uint8_t size_to_class128[(MAX_SMALL - 1024) / 128 + 1];

/* span multiplier per class: spans are 4× Go's page count when the division magic stays
 * exact for every object of the span (checked in heap_init), else smaller */
static uint8_t class_mult[NCLASS];

pthread_mutex_t heap_lock = PTHREAD_MUTEX_INITIALIZER;
/* two halves: small-object spans carve [lo, used) of [lo, mid), large objects [mid, lused) of
 * [mid, hi); the rest is reserved */
uintptr_t arena_lo, arena_hi, arena_used, arena_mid, arena_lused;
Span **pagemap;
Span *partial[NCLASS][2];           /* spans with free objects, not in any cache */
static Span *freeruns;              /* free page runs, sorted by address, coalesced */
RtCache *all_caches;
static _Thread_local RtCache *tl_cache;   /* threads that are not Ms (unit tests) */
Span **heap_spans;
size_t heap_nspans;
static size_t heap_spans_cap;
uint64_t heap_frees, heap_freed_bytes, heap_live, heap_sys, heap_released;
static uint64_t meta_sys;
static char zerobase[16] __attribute__((aligned(16)));

static void reserve_arena(void) {
  static const uint64_t sizes[] = {(uint64_t)256 << 30, (uint64_t)64 << 30, (uint64_t)16 << 30,
                                   (uint64_t)4 << 30, (uint64_t)1 << 30};
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    void *p = mmap(NULL, sizes[i], PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) continue;
    size_t npages = sizes[i] >> PAGE_SHIFT;
    void *pm = mmap(NULL, npages * sizeof(Span *), PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (pm == MAP_FAILED) { munmap(p, sizes[i]); continue; }
    /* as Go (sysHugePage): transparent huge pages for the heap where the system allows them
     * on request, so a growing heap takes one page fault per 2 MiB instead of per 4 KiB */
    arena_lo = ((uintptr_t)p + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
    arena_hi = (uintptr_t)p + sizes[i];
    arena_used = arena_lo;
    arena_mid = arena_lused = ((uintptr_t)p + sizes[i] / 2) & ~(((uintptr_t)2 << 20) - 1);
    /* Large objects get transparent huge pages where the system allows them on request (as
     * Go's heap does): a 20 MB buffer takes 10 page faults instead of 5,000 (wordcount 0.93
     * -> 0.56 s). Not the small-object half: a huge page fault there (zeroing 2 MB, or
     * compaction) stalled an allocating goroutine 1.5-3 ms, holding up a stop-the-world,
     * and small spans gain little from them. The first 4 MiB of the half stay in small pages:
     * a small program's one 40 KiB buffer should not cost it 2 MB of memory. */
    uintptr_t huge = arena_mid + ((uintptr_t)4 << 20);
    madvise((void *)huge, arena_hi - huge, MADV_HUGEPAGE);
    pagemap = pm;
    return;
  }
  rt_throw_oom();
}

static void heap_init(void) {
  int c = 1;
  for (size_t i = 0; i < sizeof size_to_class8; i++) {
    while (class_to_size[c] < i * 8) c++;
    size_to_class8[i] = (uint8_t)c;
  }
  for (size_t i = 0; i < sizeof size_to_class128; i++) {
    while (class_to_size[c] < 1024 + i * 128) c++;
    size_to_class128[i] = (uint8_t)c;
  }
  for (int k = 1; k < NCLASS; k++) {
    uint32_t size = class_to_size[k], magic = (uint32_t)(UINT32_MAX / size + 1);
    int mult = 4;
    for (; mult > 1; mult--) {
      uint64_t span = (uint64_t)class_to_npages[k] * (uint64_t)mult << PAGE_SHIFT, n = span / size;
      bool exact = true;
      for (uint64_t i = 0; i < n && exact; i++) {
        uint64_t off = i * size + size - 1;
        exact = ((off * magic) >> 32) == i;
      }
      if (exact) break;
    }
    class_mult[k] = (uint8_t)mult;
  }
  reserve_arena();
  gc_init();
}

static inline int size_class(size_t n) {
  if (n <= 1024) return size_to_class8[(n + 7) >> 3];
  return size_to_class128[(n - 1024 + 127) >> 7];
}

/* runtime/msize.go roundupsize */
size_t rt_roundupsize(size_t n) {
  if (!pagemap) heap_init();
  if (n <= MAX_SMALL) return class_to_size[size_class(n)];
  if (n + PAGE_SIZE < n) return n;
  return (n + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
}

/* ---- page runs (heap_lock held) ---- */

static uint64_t free_unreleased;    /* bytes of free runs still backed by memory */

static uintptr_t pages_alloc(uintptr_t npages, bool *needzero, bool large) {
  /* a free run of the object's own half first, else of the other half, else new pages */
  for (int other = 0; other < 2; other++)
    for (Span **pp = &freeruns; *pp; pp = &(*pp)->next) {
      Span *r = *pp;
      if (r->npages < npages || ((r->start >= arena_mid) != large) != other) continue;
      uintptr_t base = r->start;
      uintptr_t bytes = npages << PAGE_SHIFT;
      if (r->released) heap_released -= heap_released >= bytes ? bytes : heap_released;
      else free_unreleased -= free_unreleased >= bytes ? bytes : free_unreleased;
      *needzero = !r->released;   /* given back to the OS: it reads as zero again */
      if (r->npages == npages) { *pp = r->next; free(r); }
      else { r->start += bytes; r->npages -= npages; }
      return base;
    }
  uintptr_t bytes = npages << PAGE_SHIFT;
  uintptr_t *used = large ? &arena_lused : &arena_used, end = large ? arena_hi : arena_mid;
  if (bytes / PAGE_SIZE != npages || end - *used < bytes) return 0;
  uintptr_t base = *used;
  __atomic_store_n(used, base + bytes, __ATOMIC_RELEASE);
  heap_sys += bytes;
  *needzero = false;
  return base;
}

/* give free-run memory back to the OS (it reads as zero again) until at most `keep` bytes of
 * free pages stay resident; called after each collection (Go's scavenger, simplified). The
 * highest runs go first, as in Go: pages_alloc takes the lowest run that fits, so the pages
 * kept are the ones reused next (releasing the lowest made every cycle fault its pages in
 * again: binary-trees took 96,000 page faults where Go takes 17,000). */
void heap_scavenge(uint64_t keep) {
  static Span **runs;
  static size_t cap;
  size_t n = 0;
  if (free_unreleased <= keep) return;
  for (Span *r = freeruns; r; r = r->next) {
    if (r->released) continue;
    if (n == cap) {
      size_t ncap = cap ? cap * 2 : 256;
      Span **nr = realloc(runs, ncap * sizeof *runs);
      if (!nr) return; /* keeping memory is always correct */
      runs = nr;
      cap = ncap;
    }
    runs[n++] = r;
  }
  while (n > 0 && free_unreleased > keep) {
    Span *r = runs[--n];
    uintptr_t bytes = r->npages << PAGE_SHIFT;
    madvise((void *)r->start, bytes, MADV_DONTNEED);
    r->released = 1;
    heap_released += bytes;
    free_unreleased -= bytes < free_unreleased ? bytes : free_unreleased;
  }
}

/* put pages on the sorted, coalesced free-run list (still resident: see heap_scavenge) */
static void pages_free(uintptr_t base, uintptr_t npages) {
  uintptr_t bytes = npages << PAGE_SHIFT;
  free_unreleased += bytes;
  Span **pp = &freeruns;
  while (*pp && (*pp)->start < base) pp = &(*pp)->next;
  Span *prev = pp == &freeruns ? NULL : (Span *)((char *)pp - offsetof(Span, next));
  Span *next = *pp;
  /* (runs never join across the middle of the arena) */
  if (prev && prev->start + (prev->npages << PAGE_SHIFT) == base && base != arena_mid) {
    prev->npages += npages;
    prev->released = 0;
    if (next && prev->start + (prev->npages << PAGE_SHIFT) == next->start &&
        next->start != arena_mid) {
      prev->npages += next->npages;
      prev->next = next->next;
      free(next);
    }
    return;
  }
  if (next && base + bytes == next->start && next->start != arena_mid) {
    next->start = base;
    next->npages += npages;
    next->released = 0;
    return;
  }
  Span *r = calloc(1, sizeof *r);
  if (!r) rt_throw_oom();
  r->start = base;
  r->npages = npages;
  r->next = next;
  *pp = r;
}

static void spans_add(Span *s) {
  if (heap_nspans == heap_spans_cap) {
    heap_spans_cap = heap_spans_cap ? heap_spans_cap * 2 : 1024;
    heap_spans = realloc(heap_spans, heap_spans_cap * sizeof *heap_spans);
    if (!heap_spans) rt_throw_oom();
  }
  s->index = heap_nspans;
  heap_spans[heap_nspans++] = s;
}

void heap_spans_remove(Span *s) {
  Span *last = heap_spans[--heap_nspans];
  heap_spans[s->index] = last;
  last->index = s->index;
}

void heap_release_span(Span *s) {
  heap_spans_remove(s);
  uintptr_t first = (s->start - arena_lo) >> PAGE_SHIFT;
  for (uintptr_t i = 0; i < s->npages; i++) __atomic_store_n(&pagemap[first + i], NULL, __ATOMIC_RELEASE);
  pages_free(s->start, s->npages);
  free(s);
}

void heap_partial_push(Span *s) {
  uint32_t gen = __atomic_load_n(&heap_sweepgen, __ATOMIC_RELAXED) + 1;
  if (s->partialgen == gen || s->incache) return;
  s->partialgen = gen;
  s->next = partial[s->sizeclass][s->noscan];
  partial[s->sizeclass][s->noscan] = s;
}

void heap_uncache_all(void) {
  for (RtCache *c = all_caches; c; c = c->next)
    for (int k = 0; k < NCLASS; k++)
      for (int n = 0; n < 2; n++) {
        Span *s = c->cur[k][n];
        if (!s) continue;
        s->incache = 0;
        c->cur[k][n] = NULL;
      }
}

/* a span record for pages [base, +npages), published in the pagemap only once complete (the
 * marker may look it up at any time through a stale pointer) */
static Span *span_new(uintptr_t base, uintptr_t npages, uint32_t elemsize, uint32_t nelems,
                      bool noscan, uint8_t sizeclass) {
  size_t objwords = (nelems + 63) / 64;
  size_t ptrwords = noscan ? 0 : ((npages << PAGE_SHIFT) / 8 + 63) / 64;
  size_t bytes = sizeof(Span) + (3 * objwords + ptrwords) * 8;
  Span *s = calloc(1, bytes);
  if (!s) rt_throw_oom();
  meta_sys += bytes;
  s->start = base;
  s->npages = npages;
  s->elemsize = elemsize;
  s->nelems = nelems;
  s->divmagic = elemsize ? (uint32_t)(UINT32_MAX / elemsize + 1) : 0;
  s->noscan = noscan;
  s->sizeclass = sizeclass;
  s->allocbits = (uint64_t *)(s + 1);
  s->markbits = s->allocbits + objwords;
  s->checkbits = s->markbits + objwords;
  s->ptrbits = noscan ? NULL : s->checkbits + objwords;
  s->sweepgen = __atomic_load_n(&heap_sweepgen, __ATOMIC_RELAXED);   /* born swept */
  uintptr_t first = (base - arena_lo) >> PAGE_SHIFT;
  for (uintptr_t i = 0; i < npages; i++) __atomic_store_n(&pagemap[first + i], s, __ATOMIC_RELEASE);
  spans_add(s);
  return s;
}

/* ---- the fast path ---- */

void *rt_cache_new(void) {
  if (!pagemap) heap_init();
  RtCache *c = calloc(1, sizeof *c);
  if (!c) rt_throw_oom();
  pthread_mutex_lock(&heap_lock);
  c->next = all_caches;
  all_caches = c;
  pthread_mutex_unlock(&heap_lock);
  return c;
}

/* a destroyed P's cache: its spans go back to the heap; its counters stay for the stats */
void rt_cache_release(void *cache) {
  RtCache *c = cache;
  pthread_mutex_lock(&heap_lock);
  for (int k = 0; k < NCLASS; k++)
    for (int n = 0; n < 2; n++) {
      Span *s = c->cur[k][n];
      if (!s) continue;
      s->incache = 0;
      c->cur[k][n] = NULL;
      if (s->nalloc < s->nelems) heap_partial_push(s);
    }
  pthread_mutex_unlock(&heap_lock);
}

__attribute__((noinline)) static RtCache *thread_cache(void) {
  if (!tl_cache) tl_cache = rt_cache_new();
  return tl_cache;
}

/* the running P's cache. Never kept across anything that may park (a collection waits for
 * the world semaphore): the goroutine may come back on another P. */
static inline RtCache *cur_cache(void) {
  uintptr_t sp = rt_getsp();
  RtM *m = rt_on_gstack(sp) ? rt_g_of_sp(sp)->m : rt_tls_m();
  RtP *p = m ? m->p : NULL;
  if (__builtin_expect(p != NULL, 1)) return p->mcache;
  return thread_cache();
}



/* an object of a size class: the small classes by constant-size stores (a loop became
 * `rep stosq`, whose start-up cost was 40% of span_take for binary-trees' 16-byte nodes) */
static inline void zero(void *p, uint32_t size) {
  switch (size) {
  case 8: __builtin_memset(p, 0, 8); return;
  case 16: __builtin_memset(p, 0, 16); return;
  case 24: __builtin_memset(p, 0, 24); return;
  case 32: __builtin_memset(p, 0, 32); return;
  case 48: __builtin_memset(p, 0, 48); return;
  case 64: __builtin_memset(p, 0, 64); return;
  default: memset(p, 0, size);
  }
}

/* the next object of s, or NULL if s is full: first a free slot below nextfresh (freed by a
 * sweep; found in allocbits from the cursor), else a never-used one */
static inline void *span_take(Span *s, bool needzero) {
  uintptr_t idx;
  void *p;
  uint32_t i = s->cursor;
  while (i < s->nextfresh) {
    uint64_t free_bits = ~s->allocbits[i >> 6] >> (i & 63);
    if (free_bits) {
      i += (uint32_t)__builtin_ctzll(free_bits);
      if (i >= s->nextfresh) break;
      s->cursor = i + 1;
      idx = i;
      p = (void *)(s->start + idx * s->elemsize);
      if (needzero) zero(p, s->elemsize);
      goto got;
    }
    i = (i | 63) + 1;
  }
  s->cursor = s->nextfresh;
  if (s->nextfresh >= s->nelems) return NULL;
  idx = s->nextfresh++;
  s->cursor = s->nextfresh;
  p = (void *)(s->start + idx * s->elemsize);
  if (needzero && s->needzero) zero(p, s->elemsize);
got:
  /* while marking, new objects are black: marked before they are seen allocated, so the
   * marker never scans a half-initialised object */
  if (__builtin_expect(__atomic_load_n(&gc_phase, __ATOMIC_RELAXED) != GC_OFF, 0))
    gc_mark_black(s, idx);
  setbit(s->allocbits, idx);
  s->nalloc++;
  return p;
}

static Span *refill(RtCache *c, int cls, int noscan) {
  Span *old = c->cur[cls][noscan];
  pthread_mutex_lock(&heap_lock);
  if (old) old->incache = 0;
  Span *s = partial[cls][noscan];
  if (s) {
    partial[cls][noscan] = s->next;
    s->partialgen = 0;
  } else {
    /* no swept span with room: sweep this class's spans until one has room */
    pthread_mutex_unlock(&heap_lock);
    s = gc_sweep_for(cls, noscan);
    pthread_mutex_lock(&heap_lock);
  }
  if (!s) {
    uintptr_t npages = (uintptr_t)class_to_npages[cls] * class_mult[cls];
    bool needzero;
    uintptr_t base = pages_alloc(npages, &needzero, false);
    if (!base) { pthread_mutex_unlock(&heap_lock); rt_throw_oom(); }
    uint32_t size = class_to_size[cls];
    s = span_new(base, npages, size, (uint32_t)((npages << PAGE_SHIFT) / size), noscan, (uint8_t)cls);
    s->needzero = needzero;
  }
  s->incache = 1;
  s->next = NULL;
  __atomic_add_fetch(&heap_live, (uint64_t)(s->nelems - s->nalloc) * s->elemsize, __ATOMIC_RELAXED);
  pthread_mutex_unlock(&heap_lock);
  c->cur[cls][noscan] = s;
  return s;
}

/* ptrbits for n elements of t at p (an object of span s) */
/* the type's pointer mask as bits 0..pw-1 of a word (pw = ptrdata/8 <= 64) */
static inline uint64_t mask_word(const GoType *t, uintptr_t pw) {
  uint64_t m = t->gcmask[0];
  for (uintptr_t i = 1; i < (pw + 7) >> 3; i++) m |= (uint64_t)t->gcmask[i] << (8 * i);
  return pw == 64 ? m : m & (((uint64_t)1 << pw) - 1);
}

/* OR-in (after clearing) `nw` bits of `bits` at bit position w of the span's ptrbits */
static inline void put_bits(uint64_t *pb, uintptr_t w, uintptr_t nw, uint64_t bits) {
  uint64_t clear = nw == 64 ? ~(uint64_t)0 : (((uint64_t)1 << nw) - 1);
  unsigned o = (unsigned)(w & 63);
  uint64_t *q = pb + (w >> 6);
  /* single writer (the caching P); the marker reads these words concurrently */
  uint64_t q0 = __atomic_load_n(&q[0], __ATOMIC_RELAXED);
  __atomic_store_n(&q[0], (q0 & ~(clear << o)) | (bits << o), __ATOMIC_RELAXED);
  if (o + nw > 64) {
    uint64_t q1 = __atomic_load_n(&q[1], __ATOMIC_RELAXED);
    __atomic_store_n(&q[1], (q1 & ~(clear >> (64 - o))) | (bits >> (64 - o)), __ATOMIC_RELAXED);
  }
}

/* ptrbits for n elements of t at p (an object of span s); the rest of the object's words
 * (a recycled object may have had other bits) become 0 */
static void set_ptrbits_slow(Span *s, uintptr_t p, const GoType *t, int64_t n);

static inline void set_ptrbits(Span *s, uintptr_t p, const GoType *t, int64_t n) {
  uintptr_t nw = obj_size(s) >> 3;
  uintptr_t tw = t->size >> 3, pw = t->ptrdata >> 3;
  if (n == 1 && nw <= 64) {   /* one small object: one or two word writes */
    put_bits(s->ptrbits, (p - s->start) >> 3, nw, mask_word(t, pw));
    return;
  }
  if (nw <= 64 && tw * (uintptr_t)n <= 64) {
    uint64_t m = mask_word(t, pw), bits = 0;
    for (int64_t e = 0; e < n; e++) bits |= m << ((uintptr_t)e * tw);
    put_bits(s->ptrbits, (p - s->start) >> 3, nw, bits);
    return;
  }
  set_ptrbits_slow(s, p, t, n);
}

static void set_ptrbits_slow(Span *s, uintptr_t p, const GoType *t, int64_t n) {
  uintptr_t w0 = (p - s->start) >> 3;
  uintptr_t nw = obj_size(s) >> 3;
  uintptr_t tw = t->size >> 3, pw = t->ptrdata >> 3;
  for (uintptr_t i = 0; i < nw; i++) clrbit(s->ptrbits, w0 + i);
  for (int64_t e = 0; e < n; e++) {
    uintptr_t base = w0 + (uintptr_t)e * tw;
    for (uintptr_t i = 0; i < pw; i++)
      if (t->gcmask[i >> 3] >> (i & 7) & 1) setbit(s->ptrbits, base + i);
  }
}

/* zero_from: the bytes from there on must read as zero (0: all of them; size: none) */
static void *alloc_large(size_t size, const GoType *t, int64_t n, size_t zero_from) {
  uintptr_t npages = (size + PAGE_SIZE - 1) >> PAGE_SHIFT;
  bool noscan = !t || t->ptrdata == 0, needzero;
  gc_alloc_slow(size);
  pthread_mutex_lock(&heap_lock);
  uintptr_t base = pages_alloc(npages, &needzero, true);
  if (!base) { pthread_mutex_unlock(&heap_lock); rt_throw_oom(); }
  Span *s = span_new(base, npages, 0, 1, noscan, 0);
  __atomic_add_fetch(&heap_live, npages << PAGE_SHIFT, __ATOMIC_RELAXED);
  pthread_mutex_unlock(&heap_lock);
  s->nextfresh = 1;
  s->nalloc = 1;
  if (!noscan) set_ptrbits(s, base, t, n);
  if (__atomic_load_n(&gc_phase, __ATOMIC_RELAXED) != GC_OFF) gc_mark_black(s, 0);
  setbit(s->allocbits, 0);
  RtCache *c = cur_cache();
  __atomic_store_n(&c->mallocs, c->mallocs + 1, __ATOMIC_RELAXED);
  __atomic_store_n(&c->bytes, c->bytes + (npages << PAGE_SHIFT), __ATOMIC_RELAXED);
  /* cleared last, in steps with safepoints between: the object is allocated by now, and
   * found from this frame if a collection begins while the goroutine waits */
  if (needzero && zero_from < npages << PAGE_SHIFT)
    rt_clear_long((char *)base + zero_from, (npages << PAGE_SHIFT) - zero_from);
  return (void *)base;
}

/* n elements of t (t NULL: untyped pointer-free memory of `size` bytes); zeroed false (only
 * for noscan memory, which the collector never reads): the caller overwrites all of it */
static inline void *heap_alloc(size_t size, const GoType *t, int64_t n, bool noscan, bool zeroed) {
  if (size == 0) return zerobase;
  if (__builtin_expect(gc_stress != 0, 0)) gc_stress_tick();
  if (size > MAX_SMALL) return alloc_large(size, noscan ? NULL : t, n, zeroed ? 0 : size);
  RtCache *c = cur_cache();   /* (initialises the heap on first use) */
  int cls = size_class(size);
  Span *s = c->cur[cls][noscan];
  void *p = s ? span_take(s, zeroed) : NULL;
  if (__builtin_expect(!p, 0)) {
    /* a span's worth allocated since the last slow path (may park: fetch the cache again) */
    gc_alloc_slow((uint64_t)class_to_npages[cls] * class_mult[cls] << PAGE_SHIFT);
    c = cur_cache();
    s = c->cur[cls][noscan];
    p = s ? span_take(s, zeroed) : NULL;
    if (!p) {
      s = refill(c, cls, noscan);
      p = span_take(s, zeroed);
    }
  }
  /* single writer (this P); ReadMemStats sums them concurrently */
  __atomic_store_n(&c->mallocs, c->mallocs + 1, __ATOMIC_RELAXED);
  __atomic_store_n(&c->bytes, c->bytes + s->elemsize, __ATOMIC_RELAXED);
  if (!noscan) set_ptrbits(s, (uintptr_t)p, t, n);
  return p;
}

void *gort_alloc(const GoType *t) { return heap_alloc(t->size, t, 1, t->ptrdata == 0, true); }

void *gort_alloc_array(const GoType *elem, int64_t n) {
  if (n < 0) gort_panic_makelen();
  if (elem->size && (uint64_t)n > ((uint64_t)1 << 47) / elem->size) {
    if ((uint64_t)n > ((uint64_t)1 << 62) / (elem->size ? elem->size : 1)) gort_panic_makelen();
    rt_throw_oom();
  }
  return heap_alloc(elem->size * (size_t)n, elem, n, elem->ptrdata == 0, true);
}

void *rt_alloc_typed(const GoType *t, int64_t n) { return gort_alloc_array(t, n); }
void *rt_alloc_noscan(size_t n) { return heap_alloc(n, NULL, 1, true, true); }
void *rt_alloc_noscan_nozero(size_t n) { return heap_alloc(n, NULL, 1, true, false); }

/* growslice's: the first `keep` bytes are overwritten by the caller, the rest must read as
 * zero. A large object on pages fresh from the OS is not cleared again: the kernel did it
 * (a growing strings.Builder spent 5% of its time clearing the tail of every new buffer,
 * touching pages the appends reach only later) */
void *rt_alloc_noscan_tail(size_t n, size_t keep) {
  if (n > MAX_SMALL) {
    if (__builtin_expect(gc_stress != 0, 0)) gc_stress_tick();
    return alloc_large(n, NULL, 1, keep);
  }
  char *p = heap_alloc(n, NULL, 1, true, false);
  if (keep < n) memset(p + keep, 0, n - keep);
  return p;
}

/* untyped memory that may hold pointers: every word is treated as a possible pointer */
static const uint8_t allptr_mask[1] = {0xff};
static const GoType word_type = {8, 8, allptr_mask, 0, GOK_UINTPTR, 8, 0, 0, "uintptr",
                                 NULL, NULL, 0, 0, 0, NULL, NULL};
void *rt_alloc_scan(size_t n) {
  int64_t words = (int64_t)((n + 7) / 8);
  return heap_alloc((size_t)words * 8, &word_type, words, false, true);
}

/* the object containing address p (its base and size), or NULL */
void *rt_heap_find(const void *p, size_t *size) {
  uintptr_t a = (uintptr_t)p;
  Span *s = span_of(a);
  if (!s || a < s->start) return NULL;
  uintptr_t idx = obj_index(s, a);
  if (idx >= s->nelems || !testbit(s->allocbits, idx)) return NULL;
  if (size) *size = obj_size(s);
  return (void *)(s->start + idx * obj_size(s));
}

/* ---- statistics (runtime.ReadMemStats) ---- */

void gort_memstats_read(void *out) {
  GoMemStats *m = out;
  uint64_t mallocs = 0, bytes = 0;
  memset(m, 0, sizeof *m);
  pthread_mutex_lock(&heap_lock);
  for (RtCache *c = all_caches; c; c = c->next) {
    mallocs += __atomic_load_n(&c->mallocs, __ATOMIC_RELAXED);
    bytes += __atomic_load_n(&c->bytes, __ATOMIC_RELAXED);
  }
  uint64_t frees = __atomic_load_n(&heap_frees, __ATOMIC_RELAXED);
  uint64_t freed = __atomic_load_n(&heap_freed_bytes, __ATOMIC_RELAXED);
  uint64_t inuse = 0;
  for (size_t i = 0; i < heap_nspans; i++) inuse += span_bytes(heap_spans[i]);
  m->HeapSys = heap_sys;
  m->HeapReleased = heap_released;
  m->MSpanInuse = m->MSpanSys = meta_sys;
  pthread_mutex_unlock(&heap_lock);
  m->Mallocs = mallocs;
  m->Frees = frees;
  m->TotalAlloc = bytes;
  m->Alloc = m->HeapAlloc = bytes > freed ? bytes - freed : 0;
  m->HeapObjects = mallocs > frees ? mallocs - frees : 0;
  m->HeapInuse = inuse;
  m->HeapIdle = m->HeapSys > inuse ? m->HeapSys - inuse : 0;
  m->StackInuse = m->StackSys = (uint64_t)1 << 20;
  m->MCacheInuse = m->MCacheSys = (uint64_t)RT_MAXPROCS * sizeof(RtCache);
  m->GCSys = (uint64_t)1 << 20;
  m->OtherSys = (uint64_t)1 << 20;
  m->Sys = m->HeapSys + m->StackSys + m->MSpanSys + m->MCacheSys + m->GCSys + m->OtherSys;
  m->NextGC = gc_goal == UINT64_MAX ? (uint64_t)INT64_MAX : gc_goal;
  m->EnableGC = true;
  for (int k = 0; k < 61; k++) m->BySize[k].Size = class_to_size[k];
  extern void gc_read_stats(GoMemStats *m);
  gc_read_stats(m);
}

void runtime_ReadMemStats(GoMemStats *m) { gort_memstats_read(m); }
void runtime_KeepAlive(const GoType *t, void *data) { (void)t; (void)data; }
