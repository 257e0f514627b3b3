/* sema.c — semaphores keyed by address and notify lists (Go's runtime/sema.go), the blocking
 * layer under package sync (sync.c): a goroutine that must wait parks, it never holds a thread.
 *
 *   rt_semacquire(addr): wait until *addr > 0, then decrement it.
 *   rt_semrelease(addr): increment *addr and wake one goroutine waiting on addr.
 *
 * Waiters live in one of 251 roots chosen by the address's hash; each root has a lock, a FIFO
 * list of sudogs (on the waiters' stacks) and a count of waiters that lets semrelease skip
 * the lock when nobody waits.
 *
 * Invariant: a waiter is in its root's list exactly while it is parked on that address;
 * nwait >= the number of listed waiters. No wakeup is lost: semacquire increments nwait
 * *before* its last attempt at the counter, under the root lock; semrelease increments the
 * counter *before* reading nwait. So either the acquirer sees the count, or the releaser sees
 * the waiter and (under the lock) wakes it.
 *
 * Notify lists (sync.Cond): a ticket counter `wait` (tickets handed to waiters) and `notify`
 * (the next ticket to wake); Wait takes a ticket before unlocking the Cond's Locker, so a
 * Signal that comes between the two still wakes it (its ticket is below notify).
 *
 * Example: WaitGroup.Wait with count 2 → semacquire(&sema): counter 0 → nwait 1, park. The
 * last Done → semrelease(&sema): counter 1, nwait 1 → lock, find the waiter, unlink, unlock,
 * ready it; it takes the counter (1 → 0) and returns.
 */
#include "rtsched.h"

#define SEMROOTS 251
typedef struct SemRoot {
  RtLock lock;
  uint32_t nwait;          /* atomic */
  RtSudog *head, *tail;
  char pad[64 - 2 * sizeof(void *) - 8];
} SemRoot;
static SemRoot semtable[SEMROOTS];

static SemRoot *semroot(const void *addr) { return &semtable[((uintptr_t)addr >> 3) % SEMROOTS]; }

static bool cansemacquire(uint32_t *addr) {
  uint32_t v = __atomic_load_n(addr, __ATOMIC_ACQUIRE);
  while (v > 0)
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
      return true;
  return false;
}

static void root_enqueue(SemRoot *r, RtSudog *s) {
  s->next = NULL;
  s->prev = r->tail;
  if (r->tail) r->tail->next = s;
  else r->head = s;
  r->tail = s;
}

static void root_unlink(SemRoot *r, RtSudog *s) {
  if (s->prev) s->prev->next = s->next;
  else r->head = s->next;
  if (s->next) s->next->prev = s->prev;
  else r->tail = s->prev;
  s->next = s->prev = NULL;
}

static void unlock_root(void *r) { rt_unlock(&((SemRoot *)r)->lock); }

void rt_semacquire(uint32_t *addr, const char *reason) {
  if (cansemacquire(addr)) return;
  SemRoot *r = semroot(addr);
  RtSudog s;
  for (;;) {
    rt_lock(&r->lock);
    __atomic_add_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
    if (cansemacquire(addr)) {
      __atomic_sub_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
      rt_unlock(&r->lock);
      return;
    }
    memset(&s, 0, sizeof s);
    s.g = rt_getg();
    s.addr = addr;
    root_enqueue(r, &s);
    rt_park(unlock_root, r, reason);
    if (s.ticket == 1 || cansemacquire(addr)) return;   /* handed off, or take it now */
  }
}

void rt_semrelease(uint32_t *addr, bool handoff) {
  SemRoot *r = semroot(addr);
  __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
  if (__atomic_load_n(&r->nwait, __ATOMIC_SEQ_CST) == 0) return;
  rt_lock(&r->lock);
  if (__atomic_load_n(&r->nwait, __ATOMIC_SEQ_CST) == 0) {
    rt_unlock(&r->lock);
    return;
  }
  RtSudog *s = r->head;
  while (s && s->addr != addr) s = s->next;
  if (s) {
    root_unlink(r, s);
    __atomic_sub_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
    /* hand the count directly to the waiter (starving mutexes), so nobody barges in */
    if (handoff && cansemacquire(addr)) s->ticket = 1;
  }
  rt_unlock(&r->lock);
  if (s) rt_ready(s->g);
}

/* ---- notify lists (sync.Cond) ---- */

uint32_t rt_notify_add(RtNotifyList *l) { return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST); }

void rt_notify_wait(RtNotifyList *l, uint32_t t, const char *reason) {
  SemRoot *r = semroot(l);
  rt_lock(&r->lock);
  if ((int32_t)(t - l->notify) < 0) {   /* already notified */
    rt_unlock(&r->lock);
    return;
  }
  RtSudog s;
  memset(&s, 0, sizeof s);
  s.g = rt_getg();
  s.ticket = t;
  s.next = NULL;
  RtSudog *tail = (RtSudog *)l->tail;
  if (tail) tail->next = &s;
  else l->head = (uintptr_t)&s;
  l->tail = (uintptr_t)&s;
  rt_park(unlock_root, r, reason);
}

void rt_notify_one(RtNotifyList *l) {
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST)) return;
  SemRoot *r = semroot(l);
  rt_lock(&r->lock);
  uint32_t t = l->notify;
  if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
    rt_unlock(&r->lock);
    return;
  }
  __atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);
  RtSudog *prev = NULL;
  for (RtSudog *s = (RtSudog *)l->head; s; prev = s, s = s->next) {
    if ((uint32_t)s->ticket != t) continue;
    RtSudog *n = s->next;
    if (prev) prev->next = n;
    else l->head = (uintptr_t)n;
    if (!n) l->tail = (uintptr_t)prev;
    rt_unlock(&r->lock);
    rt_ready(s->g);
    return;
  }
  rt_unlock(&r->lock);   /* its waiter has its ticket but is not queued yet */
}

void rt_notify_all(RtNotifyList *l) {
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST)) return;
  SemRoot *r = semroot(l);
  rt_lock(&r->lock);
  RtSudog *s = (RtSudog *)l->head;
  l->head = l->tail = 0;
  __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
  rt_unlock(&r->lock);
  while (s) {
    RtSudog *next = s->next;
    rt_ready(s->g);
    s = next;
  }
}
