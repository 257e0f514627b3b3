/* chan.h — the channel structure and the queue operations shared by chan.c and select.c
 * (invariants in chan.c). */
#ifndef GOSUB_CHAN_H
#define GOSUB_CHAN_H

#include "rtsched.h"

typedef struct RtWaitq { RtSudog *first, *last; } RtWaitq;

struct GoChan {
  uint64_t qcount;       /* elements in the buffer */
  uint64_t dataqsiz;     /* buffer capacity */
  char *buf;             /* dataqsiz elements */
  uint32_t elemsize;
  uint32_t closed;
  const GoType *elemtype;
  uint64_t sendx, recvx; /* next slot to send into / receive from */
  RtWaitq recvq, sendq;  /* blocked receivers / senders */
  RtLock lock;           /* guards every field above */
};

static inline char *rt_chan_slot(GoChan *c, uint64_t i) { return c->buf + i * c->elemsize; }
void rt_waitq_enqueue(RtWaitq *q, RtSudog *s);
void rt_waitq_remove(RtWaitq *q, RtSudog *s);
RtSudog *rt_waitq_dequeue(RtWaitq *q);
/* with c->lock held: hand a value to / take it from the dequeued waiter s; they return s's G,
 * to be readied (rt_ready) after the lock is released */
RtG *rt_chan_send_to(GoChan *c, RtSudog *s, const void *elem);
RtG *rt_chan_recv_from(GoChan *c, RtSudog *s, void *elem);
/* with c->lock held; the buffer has room / an element */
void rt_chan_bufsend(GoChan *c, const void *elem);
void rt_chan_bufrecv(GoChan *c, void *elem);
bool rt_chansend(GoChan *c, const void *elem, bool block);
bool rt_chanrecv(GoChan *c, void *elem, bool block, bool *received);
_Noreturn void rt_block_forever(const char *reason);

#endif
