/* slice.c — append growth and copy.
 *
 * Invariants:
 *   - gort_growslice reproduces Go 1.19's runtime/slice.go growslice exactly: the new capacity
 *     doubles below 256 elements, then grows by (newcap + 3*256)/4 until it fits, and is then
 *     rounded up to the allocator's size class (rt_roundupsize), so cap() prints what Go prints.
 *   - The old elements [0, len) are copied; the new backing array is otherwise zero.
 *   - Zero-size elements never allocate (Go's zerobase).
 *
 * Example: s := make([]int, 0); 5 × append(s, x) → caps 1, 2, 4, 4, 8. A []byte appended
 *   one at a time: 8, 16, 32, 64 ... (size class 8 first). append([]int{} 0 cap, 1,2,3) → 3→4?
 *   No: cap 3 needs 24 bytes, class 24 → cap 3. (Go prints the same.)
 */
#include "rt_internal.h"

static char zerobase_slice[8];

static int64_t next_cap(int64_t oldcap, int64_t needed) {
  int64_t newcap = oldcap, doublecap = oldcap + oldcap;
  if (needed > doublecap) return needed;
  if (oldcap < 256) return doublecap;
  while (0 < newcap && newcap < needed) newcap += (newcap + 3 * 256) / 4;
  return newcap <= 0 ? needed : newcap;
}

enum { LONG_STEP = 256 << 10 };

void rt_move_long(void *dst, const void *src, size_t n) {
  if (n == 0) return;   /* (src may be NULL then: a nil slice) */
  char *d = dst;
  const char *s = src;
  while (n > LONG_STEP) {
    memmove(d, s, LONG_STEP);
    d += LONG_STEP, s += LONG_STEP, n -= LONG_STEP;
    rt_poll();
  }
  memmove(d, s, n);
}

void rt_clear_long(void *dst, size_t n) {
  char *d = dst;
  while (n > LONG_STEP) {
    memset(d, 0, LONG_STEP);
    d += LONG_STEP, n -= LONG_STEP;
    rt_poll();
  }
  memset(d, 0, n);
}

void gort_growslice(GoSlice *ret, const GoType *elem, void *ptr, int64_t len, int64_t cap,
                    int64_t add) {
  uint64_t unew = (uint64_t)len + (uint64_t)add;
  if ((int64_t)unew < 0 || add < 0) rt_panic_runtime("growslice: cap out of range");
  int64_t needed = (int64_t)unew;
  if (needed <= cap) {   /* room already: only the length changes */
    ret->ptr = ptr;
    ret->len = needed;
    ret->cap = cap;
    return;
  }
  uint64_t es = elem->size;
  if (es == 0) {
    ret->ptr = ptr ? ptr : zerobase_slice;
    ret->len = needed;
    ret->cap = needed;
    return;
  }
  int64_t newcap = next_cap(cap, needed);
  const uint64_t max_alloc = (uint64_t)1 << 48;
  if ((uint64_t)newcap > max_alloc / es) rt_panic_runtime("growslice: cap out of range");
  uint64_t capmem = rt_roundupsize((size_t)((uint64_t)newcap * es));
  newcap = (int64_t)(capmem / es);
  uint64_t oldmem = len > 0 ? (uint64_t)len * es : 0;
  void *p;
  if (elem->ptrdata == 0) {
    /* as Go: only the part not copied over is cleared; megabytes in steps with safepoints
     * between (the old array stays reachable from this frame while the goroutine parks) */
    p = rt_alloc_noscan_tail((size_t)capmem, (size_t)oldmem);
    rt_move_long(p, ptr, (size_t)oldmem);
  } else {
    p = gort_alloc_array(elem, newcap);
    if (oldmem) memcpy(p, ptr, (size_t)oldmem);
  }
  ret->ptr = p;
  ret->len = needed;
  ret->cap = newcap;
}

/* copy(dst, src): the number of elements copied (overlap allowed, like memmove) */
int64_t gort_slicecopy(void *dst, int64_t dlen, const void *src, int64_t slen, int64_t esize) {
  int64_t n = dlen < slen ? dlen : slen;
  if (n <= 0 || esize == 0 || dst == src) return n < 0 ? 0 : n;
  gort_wb_old(dst, NULL, n * esize);   /* the collector sees the pointers overwritten */
  memmove(dst, src, (size_t)(n * esize));
  return n;
}
