/* stack.c — goroutine stacks: one slot of address space per goroutine, reserved once, touched
 * lazily, cached for reuse (DESIGN §6).
 *
 * Layout: one region of up to 64 TiB is reserved at start (MAP_NORESERVE: no memory until a
 * page is touched) and cut into RT_SLOT (256 MiB) slots aligned to RT_SLOT. A slot is
 *
 *     slot base                                                              slot base + RT_SLOT
 *     | slack (256 KiB) | ............ stack, grows down ............ | RtG record (256 bytes) |
 *                       ^ hard guard                      stack top ^          stackguard ^
 *
 *   - The RtG is at the very top, ending at the slot's end, so the running goroutine is
 *     g = ((sp | (RT_SLOT-1)) + 1) - sizeof(RtG), and its stack guard word is at
 *     (sp | (RT_SLOT-1)) - 7. Generated code checks `sp - framesize < guard` in every
 *     function prologue (gort_morestack when true) and `guard == RT_STACK_PREEMPT` on loop
 *     back-edges.
 *   - The guard starts at top - RT_STACK_SOFT (64 KiB): a goroutine going deeper calls
 *     gort_morestack once, which marks it deep and lowers the guard to the hard limit
 *     (slot base + slack). On exit, a deep goroutine's pages below the soft guard are given
 *     back (madvise), so a cached slot costs at most 64 KiB of memory.
 *   - The slack below the hard guard is for the runtime's C code (which has no prologue
 *     check) called from the deepest Go frame. No PROT_NONE guard pages: each would split
 *     the mapping, and 100,000 goroutines would exceed the kernel's map count limit.
 *   - Why no growable stacks (as Go has): gosub's collector scans stacks conservatively and C
 *     code holds pointers into them, so stacks never move; reserving address space instead of
 *     memory gives each goroutine the room of Go's 1 GB limit (here 256 MiB) for 4 KiB
 *     of memory when idle.
 *
 * Invariants: a slot is either in use by exactly one G (not DEAD), or on the free list; the
 * free list and the bump pointer are guarded by slot_lock. A slot's RtG keeps its id field
 * meaningless after reuse: rt_stack_alloc zeroes the record.
 *
 * Example: the first goroutine after main gets slot 1: base = lo + 256 MiB, its RtG at
 * base + 256 MiB - 256, its stack top just below, guard = top - 64 KiB; a recursion 100,000
 * calls deep crosses the soft guard once (deep = 1), and exit madvises the slot's lower part.
 */
#include "rtsched.h"
#include <stddef.h>
#include <sys/mman.h>

uintptr_t rt_stacks_lo, rt_stacks_hi;
static uintptr_t next_slot;            /* bump pointer: never-used slots start here */
static RtG *free_slots;                /* exited goroutines' slots, linked by schedlink */
static pthread_mutex_t slot_lock = PTHREAD_MUTEX_INITIALIZER;

void rt_stack_init(void) {
  static const uint64_t tib = (uint64_t)1 << 40;
  static const uint64_t sizes[] = {64 * tib, 32 * tib, 16 * tib, 8 * tib, 4 * tib, tib,
                                   tib / 4, tib / 16};
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    void *p = mmap(NULL, sizes[i] + RT_SLOT, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) continue;
    uintptr_t lo = ((uintptr_t)p + RT_SLOT - 1) & ~(RT_SLOT - 1);
    rt_stacks_lo = next_slot = lo;
    rt_stacks_hi = lo + sizes[i];
    return;
  }
  rt_throw_oom();
}

uintptr_t rt_stack_top(RtG *g) { return ((uintptr_t)g - 64) & ~(uintptr_t)15; }

static RtG *slot_g(uintptr_t base) { return (RtG *)(base + RT_SLOT - sizeof(RtG)); }

RtG *rt_stack_alloc(void) {
  pthread_mutex_lock(&slot_lock);
  RtG *g = free_slots;
  bool fresh = false;
  if (g) {
    free_slots = g->schedlink;
  } else if (next_slot < rt_stacks_hi) {
    g = slot_g(next_slot);
    next_slot += RT_SLOT;
    fresh = true;
  }
  pthread_mutex_unlock(&slot_lock);
  if (!g) rt_fatal("runtime: too many goroutines (out of stack address space)");
  if (!fresh) {
    /* everything but the guard, which sysmon may poison at any time (a stale preemption
     * of the slot's previous goroutine: harmless, it costs the new one a yield) */
    void *tsan_fiber = g->tsan_fiber;
    memset(g, 0, offsetof(RtG, gcscan));   /* (status stays DEAD until newg: the collector
                                              reads both concurrently) */
    g->tsan_fiber = tsan_fiber;
  }
  /* A fresh slot was never touched and reads as zero: its first access must be a write. A
   * read first maps the shared zero page, and the write after it replaces that mapping — a
   * copy-on-write fault and a TLB shootdown (an IPI to every CPU running one of our
   * threads): 15% of the time of starting 100,000 goroutines. */
  uintptr_t base = (uintptr_t)g + sizeof(RtG) - RT_SLOT;
  g->stack_lo = (void *)(base + RT_STACK_SLACK);
  g->stack_hi = (void *)rt_stack_top(g);
  g->stackguard_real = rt_stack_top(g) - RT_STACK_SOFT;
  __atomic_store_n(&g->stackguard, g->stackguard_real, __ATOMIC_RELEASE);
  return g;
}

void rt_stack_free(RtG *g) {
  if (g->deep) {
    /* give back what the deep part touched; the top 64 KiB stay for the next goroutine */
    uintptr_t base = (uintptr_t)g + sizeof(RtG) - RT_SLOT;
    uintptr_t keep = (rt_stack_top(g) - RT_STACK_SOFT) & ~(uintptr_t)4095;
    madvise((void *)base, keep - base, MADV_DONTNEED);
    g->deep = 0;
  }
  pthread_mutex_lock(&slot_lock);
  g->schedlink = free_slots;
  free_slots = g;
  pthread_mutex_unlock(&slot_lock);
}

void rt_stack_foreach(void (*f)(RtG *g, void *arg), void *arg) {
  pthread_mutex_lock(&slot_lock);
  uintptr_t end = next_slot;
  pthread_mutex_unlock(&slot_lock);
  for (uintptr_t b = rt_stacks_lo; b < end; b += RT_SLOT) f(slot_g(b), arg);
}

_Static_assert(sizeof(RtG) % 16 == 0, "RtG must keep the stack top 16-aligned");
_Static_assert(offsetof(RtG, stackguard) == sizeof(RtG) - 8,
               "the stack guard must be the last word of the slot (generated code reads it there)");
