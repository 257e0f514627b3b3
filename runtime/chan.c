/* chan.c — channels: Go's hchan (runtime/chan.go) in C. A ring buffer of dataqsiz elements,
 * and wait queues of blocked senders and receivers (sudogs on the waiting goroutines'
 * stacks, rtsched.h). select is in select.c and uses the same queues.
 *
 * Invariants (c->lock held for every field below):
 *   - 0 <= qcount <= dataqsiz; the buffered elements are buf[recvx], buf[recvx+1], ...
 *     (mod dataqsiz), qcount of them; sendx == (recvx + qcount) mod dataqsiz.
 *   - If qcount > 0 then recvq is empty (a receiver would have taken an element); if
 *     qcount < dataqsiz then sendq is empty (a sender would have filled the slot). An
 *     unbuffered channel never buffers: a send waits for a receiver and the value goes
 *     directly from the sender's memory to the receiver's (direct hand-off; stacks never
 *     move in gosub, so a sudog's elem may point into a parked goroutine's stack).
 *   - closed only goes 0 → 1. Receiving from a closed channel drains the buffer first, then
 *     yields zero values with ok == false; sending on it panics; closing wakes every waiter
 *     (receivers get zero values, senders panic).
 *   - A sudog of a select may sit in several queues; whoever dequeues it must first win the
 *     G's selectdone CAS (0 → 1), else skip it (another case already fired).
 *   - Goroutines are readied after c->lock is released, never while holding it; nothing here
 *     allocates while holding c->lock (an allocation may stop the world).
 *
 * Worked example (unbuffered): G1 `c <- 5` finds recvq empty → its sudog {elem: &5} joins
 * sendq, G1 parks ("chan send"). G2 `x := <-c` finds G1's sudog in sendq → copies 5 from G1's
 * stack into x, marks it success, unlocks, readies G1 (into G2's P runnext) and goes on.
 *
 * Worked example (buffered): c := make(chan int, 2)  → dataqsiz 2, buf [_,_], sendx 0, recvx 0
 *   c <- 1   → buf [1,_], sendx 1, qcount 1
 *   c <- 2   → buf [1,2], sendx 0 (wraps), qcount 2
 *   <-c == 1 → recvx 1, qcount 1
 *   c <- 3   → buf [3,2], sendx 1, qcount 2
 *   close(c); <-c == 2; <-c == 3; <-c == 0 with ok false.
 */
#include "chan.h"

GoChan *gort_makechan(const GoType *chantype, int64_t size) {
  const GoType *elem = chantype->elem;
  if (size < 0 || (elem->size && (uint64_t)size > ((uint64_t)1 << 40) / elem->size))
    rt_panic_plainerror("makechan: size out of range");
  GoChan *c = rt_alloc_scan(sizeof *c);
  c->dataqsiz = (uint64_t)size;
  c->elemsize = (uint32_t)elem->size;
  c->elemtype = elem;
  if (size > 0 && elem->size > 0) c->buf = gort_alloc_array(elem, size);
    return c;
}

/* ---- wait queues ---- */

void rt_waitq_enqueue(RtWaitq *q, RtSudog *s) {
  s->next = NULL;
  s->prev = q->last;
  if (q->last) q->last->next = s;
  else q->first = s;
  q->last = s;
}

void rt_waitq_remove(RtWaitq *q, RtSudog *s) {
  if (s->prev) s->prev->next = s->next;
  else if (q->first == s) q->first = s->next;
  else return;   /* not queued (already dequeued by a waker) */
  if (s->next) s->next->prev = s->prev;
  else q->last = s->prev;
  s->next = s->prev = NULL;
}

/* the first waiter that can be woken (a select's G only if its case wins the CAS) */
RtSudog *rt_waitq_dequeue(RtWaitq *q) {
  for (;;) {
    RtSudog *s = q->first;
    if (!s) return NULL;
    q->first = s->next;
    if (q->first) q->first->prev = NULL;
    else q->last = NULL;
    s->next = s->prev = NULL;
    if (s->isselect) {
      uint32_t z = 0;
      if (!__atomic_compare_exchange_n(&s->g->selectdone, &z, 1, false, __ATOMIC_ACQ_REL,
                                       __ATOMIC_ACQUIRE))
        continue;
    }
    return s;
  }
}

static void unlock_chan(void *c) { rt_unlock(&((GoChan *)c)->lock); }

static void elemcopy(GoChan *c, void *dst, const void *src) {
  if (c->elemsize) memcpy(dst, src, c->elemsize);
}

/* ---- the three operations, with the lock held on entry and released on return ---- */

/* send to the waiting receiver s: directly into its memory; returns the G to ready once the
 * lock is released */
RtG *rt_chan_send_to(GoChan *c, RtSudog *s, const void *elem) {
  if (s->elem) elemcopy(c, s->elem, elem);
  s->success = true;
  RtG *g = s->g;
  g->param = s;
  return g;
}

/* receive from the waiting sender s: unbuffered, straight from its memory; buffered (full),
 * the head of the buffer, and s's value goes to the tail */
RtG *rt_chan_recv_from(GoChan *c, RtSudog *s, void *elem) {
  if (c->dataqsiz == 0) {
    if (elem) elemcopy(c, elem, s->elem);
  } else {
    char *slot = rt_chan_slot(c, c->recvx);
    if (elem) elemcopy(c, elem, slot);
    gort_wb_old(slot, c->elemtype, c->elemsize);
    elemcopy(c, slot, s->elem);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  s->success = true;
  RtG *g = s->g;
  g->param = s;
  return g;
}

void rt_chan_bufsend(GoChan *c, const void *elem) {
  elemcopy(c, rt_chan_slot(c, c->sendx), elem);
  if (++c->sendx == c->dataqsiz) c->sendx = 0;
  c->qcount++;
}

void rt_chan_bufrecv(GoChan *c, void *elem) {
  char *slot = rt_chan_slot(c, c->recvx);
  if (c->elemsize) {
    if (elem) memcpy(elem, slot, c->elemsize);
    gort_wb_old(slot, c->elemtype, c->elemsize);   /* its pointers leave the heap */
    memset(slot, 0, c->elemsize);
  }
  if (++c->recvx == c->dataqsiz) c->recvx = 0;
  c->qcount--;
}

/* block forever: a nil channel or an empty select */
_Noreturn void rt_block_forever(const char *reason) {
  rt_park(NULL, NULL, reason);
  rt_fatal("unreachable: a goroutine blocked forever was woken");
}

/* chansend: block=false is select's non-blocking send; returns whether it sent */
bool rt_chansend(GoChan *c, const void *elem, bool block) {
  if (!c) {
    if (!block) return false;
    rt_block_forever("chan send (nil chan)");
  }
  rt_lock(&c->lock);
  if (c->closed) {
    rt_unlock(&c->lock);
    rt_panic_plainerror("send on closed channel");
  }
  RtSudog *s = rt_waitq_dequeue(&c->recvq);
  if (s) {
    RtG *g = rt_chan_send_to(c, s, elem);
    rt_unlock(&c->lock);
    rt_ready(g);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    rt_chan_bufsend(c, elem);
    rt_unlock(&c->lock);
    return true;
  }
  if (!block) {
    rt_unlock(&c->lock);
    return false;
  }
  RtG *g = rt_getg();
  RtSudog me = {0};
  me.g = g;
  me.elem = (void *)elem;
  me.c = c;
  g->param = NULL;
  rt_waitq_enqueue(&c->sendq, &me);
  rt_park(unlock_chan, c, "chan send");
  if (!me.success) rt_panic_plainerror("send on closed channel");
  return true;
}

/* chanrecv: *received tells a value from a close; returns whether it completed (false only
 * for a non-blocking receive that would block) */
bool rt_chanrecv(GoChan *c, void *elem, bool block, bool *received) {
  *received = false;
  if (!c) {
    if (!block) return false;
    rt_block_forever("chan receive (nil chan)");
  }
  rt_lock(&c->lock);
  if (c->closed && c->qcount == 0) {
    rt_unlock(&c->lock);
    if (elem && c->elemsize) memset(elem, 0, c->elemsize);
    return true;
  }
  RtSudog *s = rt_waitq_dequeue(&c->sendq);
  if (s) {
    RtG *g = rt_chan_recv_from(c, s, elem);
    rt_unlock(&c->lock);
    rt_ready(g);
    *received = true;
    return true;
  }
  if (c->qcount > 0) {
    rt_chan_bufrecv(c, elem);
    rt_unlock(&c->lock);
    *received = true;
    return true;
  }
  if (!block) {
    rt_unlock(&c->lock);
    return false;
  }
  RtG *g = rt_getg();
  RtSudog me = {0};
  me.g = g;
  me.elem = elem;
  me.c = c;
  g->param = NULL;
  rt_waitq_enqueue(&c->recvq, &me);
  rt_park(unlock_chan, c, "chan receive");
  *received = me.success;
  return true;
}

void gort_chansend(GoChan *c, const void *elem) { rt_chansend(c, elem, true); }

bool gort_chanrecv(GoChan *c, void *elem) {
  bool received;
  rt_chanrecv(c, elem, true, &received);
  return received;
}

void gort_chanclose(GoChan *c) {
  if (!c) rt_panic_plainerror("close of nil channel");
  rt_lock(&c->lock);
  if (c->closed) {
    rt_unlock(&c->lock);
    rt_panic_plainerror("close of closed channel");
  }
  c->closed = 1;
  /* every waiter, readied after the unlock (linked through waitlink: each is parked, so its
   * sudog stays put) */
  RtSudog *wake = NULL, *s;
  while ((s = rt_waitq_dequeue(&c->recvq))) {
    if (s->elem && c->elemsize) memset(s->elem, 0, c->elemsize);
    s->success = false;
    s->g->param = s;
    s->next = wake;
    wake = s;
  }
  while ((s = rt_waitq_dequeue(&c->sendq))) {
    s->success = false;
    s->g->param = s;
    s->next = wake;
    wake = s;
  }
  rt_unlock(&c->lock);
  while (wake) {
    RtSudog *next = wake->next;
    RtG *g = wake->g;
    wake = next;
    rt_ready(g);   /* after this, g may run and its sudog vanish */
  }
}

int64_t gort_chanlen(GoChan *c) {
  if (!c) return 0;
  rt_lock(&c->lock);
  int64_t n = (int64_t)c->qcount;
  rt_unlock(&c->lock);
  return n;
}
int64_t gort_chancap(GoChan *c) { return c ? (int64_t)c->dataqsiz : 0; }
