/* chan.c — channels: Go's hchan (runtime/chan.go) in C. A ring buffer of dataqsiz elements
 * plus wait queues of blocked senders and receivers.
 *
 * Invariants (c->lock held for every field below, once goroutines exist):
 *   - 0 <= qcount <= dataqsiz; the buffered elements are buf[recvx], buf[recvx+1], ...
 *     (mod dataqsiz), qcount of them; sendx == (recvx + qcount) mod dataqsiz.
 *   - If qcount > 0 then recvq is empty (a receiver would have taken an element); if
 *     qcount < dataqsiz then sendq is empty. An unbuffered channel (dataqsiz 0) never
 *     buffers: a send waits for a receiver (direct hand-off) and vice versa.
 *   - closed only goes 0 → 1. Receiving from a closed channel drains the buffer first, then
 *     yields zero values with ok == false; sending on it panics.
 *   - Until the scheduler arrives (recvq/sendq stay empty), an operation that would block is
 *     Go's deadlock: "fatal error: all goroutines are asleep - deadlock!" with
 *     "goroutine 1 [chan send]:" (or "[chan receive]", "[chan send (nil chan)]"), exit 2.
 *
 * Worked example: c := make(chan int, 2)  → dataqsiz 2, buf [_,_], sendx 0, recvx 0
 *   c <- 1   → buf [1,_], sendx 1, qcount 1
 *   c <- 2   → buf [1,2], sendx 0 (wraps), qcount 2
 *   <-c == 1 → recvx 1, qcount 1
 *   c <- 3   → buf [3,2], sendx 1, qcount 2
 *   close(c); <-c == 2; <-c == 3; <-c == 0 with ok false.
 */
#include "rt_internal.h"
#include <pthread.h>

typedef struct RtWaitq { struct RtSudog *first, *last; } RtWaitq;  /* scheduler: sudogs */

struct GoChan {
  uint64_t qcount;       /* elements in the buffer */
  uint64_t dataqsiz;     /* buffer capacity */
  char *buf;             /* dataqsiz elements */
  uint32_t elemsize;
  uint32_t closed;
  const GoType *elemtype;
  uint64_t sendx, recvx; /* next slot to send into / receive from */
  RtWaitq recvq, sendq;  /* blocked receivers / senders (empty until the scheduler) */
  pthread_mutex_t lock;
};

GoChan *gort_makechan(const GoType *chantype, int64_t size) {
  const GoType *elem = chantype->elem;
  if (size < 0 || (elem->size && (uint64_t)size > ((uint64_t)1 << 40) / elem->size))
    rt_panic_plainerror("makechan: size out of range");
  GoChan *c = rt_alloc_scan(sizeof *c);
  c->dataqsiz = (uint64_t)size;
  c->elemsize = (uint32_t)elem->size;
  c->elemtype = elem;
  if (size > 0 && elem->size > 0) c->buf = gort_alloc_array(elem, size);
  pthread_mutex_init(&c->lock, NULL);
  return c;
}

static _Noreturn void block_forever(const char *reason) {
  RtG *g = rt_getg();
  g->waitreason = reason;
  rt_fatal("all goroutines are asleep - deadlock!");
}

static inline char *slot(GoChan *c, uint64_t i) { return c->buf + i * c->elemsize; }

void gort_chansend(GoChan *c, const void *elem) {
  if (!c) block_forever("chan send (nil chan)");
  if (c->closed) rt_panic_plainerror("send on closed channel");
  if (c->qcount < c->dataqsiz) {
    if (c->elemsize) memcpy(slot(c, c->sendx), elem, c->elemsize);
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    c->qcount++;
    return;
  }
  block_forever("chan send");
}

bool gort_chanrecv(GoChan *c, void *elem) {
  if (!c) block_forever("chan receive (nil chan)");
  if (c->qcount > 0) {
    char *s = slot(c, c->recvx);
    if (c->elemsize) {
      if (elem) memcpy(elem, s, c->elemsize);
      memset(s, 0, c->elemsize);
    }
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->qcount--;
    return true;
  }
  if (c->closed) {
    if (elem && c->elemsize) memset(elem, 0, c->elemsize);
    return false;
  }
  block_forever("chan receive");
}

void gort_chanclose(GoChan *c) {
  if (!c) rt_panic_plainerror("close of nil channel");
  if (c->closed) rt_panic_plainerror("close of closed channel");
  c->closed = 1;
}

int64_t gort_chanlen(GoChan *c) { return c ? (int64_t)c->qcount : 0; }
int64_t gort_chancap(GoChan *c) { return c ? (int64_t)c->dataqsiz : 0; }
