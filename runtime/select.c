/* select.c — the select statement: Go's selectgo (runtime/select.go) over chan.c's queues.
 *
 * Generated code passes the cases in one array, sends first (elem: the value to send) then
 * receives (elem: where the value goes, or NULL), and learns which case ran:
 *     idx = gort_select(cases, nsends, nrecvs, block, &recvok)   (-1: the default case)
 *
 * Algorithm:
 *   1. pollorder: a uniformly random permutation of the cases whose channel is not nil (Go's
 *      rule: a select chooses uniformly among the ready cases); lockorder: the same cases by
 *      channel address, so that every select locks channels in one global order (no deadlock
 *      between two selects), each channel once even if it appears in several cases.
 *   2. Lock all; in pollorder, the first case that can proceed now does (a waiting partner,
 *      buffer room or an element, or a closed channel) → unlock all, done.
 *   3. No default: one sudog per case (on this goroutine's stack), queued on every channel;
 *      park ("select") while unlocking all. The first partner to win the G's selectdone CAS
 *      completes its case and records the sudog in g->param; the others skip our sudogs.
 *   4. Woken: lock all again, remove the sudogs of the other cases from their queues, unlock.
 *
 * Invariant: between step 3's enqueue and step 4's removal, at most one case of this select
 * can fire (selectdone goes 0 → 1 once), and the fired sudog is no longer in any queue.
 *
 * Worked example: select { case v := <-a: ... case b <- 1: ... } with a empty, b unbuffered
 * and no receiver: pass 2 queues sudog0 on a.recvq and sudog1 on b.sendq, parks. A sender on
 * a dequeues sudog0 (CAS wins), copies into v, sets g->param = sudog0, readies us; we lock a
 * and b, remove sudog1 from b.sendq, return 1 (the receive is case index nsends + 0 = 1).
 */
#include "chan.h"


static void sellock(GoSelCase *cases, const uint16_t *lockorder, int n) {
  GoChan *prev = NULL;
  for (int i = 0; i < n; i++) {
    GoChan *c = cases[lockorder[i]].c;
    if (c != prev) rt_lock(&c->lock);
    prev = c;
  }
}

static void selunlock(GoSelCase *cases, const uint16_t *lockorder, int n) {
  for (int i = n - 1; i >= 0; i--) {
    GoChan *c = cases[lockorder[i]].c;
    if (i > 0 && c == cases[lockorder[i - 1]].c) continue;   /* unlock once, at the first */
    rt_unlock(&c->lock);
  }
}

typedef struct SelPark { GoSelCase *cases; const uint16_t *lockorder; int n; } SelPark;
static void selparkcommit(void *arg) {
  SelPark *sp = arg;
  selunlock(sp->cases, sp->lockorder, sp->n);
}

/* heap sort of the case indices by channel address (Go's lockorder) */
static void sort_lockorder(GoSelCase *cases, uint16_t *lo, int n) {
#define ADDR(i) ((uintptr_t)cases[lo[i]].c)
  for (int i = 0; i < n; i++) {   /* build the heap */
    int j = i;
    uint16_t k = lo[i];
    uintptr_t ka = (uintptr_t)cases[k].c;
    while (j > 0 && ADDR((j - 1) / 2) < ka) {
      lo[j] = lo[(j - 1) / 2];
      j = (j - 1) / 2;
    }
    lo[j] = k;
  }
  for (int i = n - 1; i > 0; i--) {
    uint16_t k = lo[i];
    uintptr_t ka = (uintptr_t)cases[k].c;
    lo[i] = lo[0];
    int j = 0;
    for (;;) {
      int c = 2 * j + 1;
      if (c >= i) break;
      if (c + 1 < i && ADDR(c) < ADDR(c + 1)) c++;
      if (ka < ADDR(c)) {
        lo[j] = lo[c];
        j = c;
      } else {
        break;
      }
    }
    lo[j] = k;
  }
#undef ADDR
}

int64_t gort_select(GoSelCase *cases, int64_t nsends, int64_t nrecvs, int64_t block, bool *recvok) {
  int ncases = (int)(nsends + nrecvs);
  uint16_t pollorder[ncases > 0 ? ncases : 1], lockorder[ncases > 0 ? ncases : 1];
  int n = 0;
  *recvok = false;
  for (int i = 0; i < ncases; i++) {
    if (!cases[i].c) continue;   /* a nil channel never proceeds */
    int j = (int)(rt_fastrand() % (uint32_t)(n + 1));
    pollorder[n] = pollorder[j];
    pollorder[j] = (uint16_t)i;
    lockorder[n] = (uint16_t)i;
    n++;
  }
  if (n == 0) {
    if (!block) return -1;
    rt_block_forever("select");
  }
  sort_lockorder(cases, lockorder, n);
  sellock(cases, lockorder, n);

  /* pass 1: a case that can proceed now */
  for (int i = 0; i < n; i++) {
    int casi = pollorder[i];
    GoSelCase *k = &cases[casi];
    GoChan *c = k->c;
    if (casi >= nsends) {
      RtSudog *s = rt_waitq_dequeue(&c->sendq);
      if (s) {
        RtG *g = rt_chan_recv_from(c, s, k->elem);
        selunlock(cases, lockorder, n);
        rt_ready(g);
        *recvok = true;
        return casi;
      }
      if (c->qcount > 0) {
        rt_chan_bufrecv(c, k->elem);
        selunlock(cases, lockorder, n);
        *recvok = true;
        return casi;
      }
      if (c->closed) {
        selunlock(cases, lockorder, n);
        if (k->elem && c->elemsize) memset(k->elem, 0, c->elemsize);
        return casi;
      }
    } else {
      if (c->closed) {
        selunlock(cases, lockorder, n);
        rt_panic_plainerror("send on closed channel");
      }
      RtSudog *s = rt_waitq_dequeue(&c->recvq);
      if (s) {
        RtG *g = rt_chan_send_to(c, s, k->elem);
        selunlock(cases, lockorder, n);
        rt_ready(g);
        return casi;
      }
      if (c->qcount < c->dataqsiz) {
        rt_chan_bufsend(c, k->elem);
        selunlock(cases, lockorder, n);
        return casi;
      }
    }
  }
  if (!block) {
    selunlock(cases, lockorder, n);
    return -1;
  }

  /* pass 2: wait on every channel */
  RtG *g = rt_getg();
  RtSudog sgs[ncases];
  __atomic_store_n(&g->selectdone, 0, __ATOMIC_RELEASE);
  for (int i = 0; i < n; i++) {
    int casi = lockorder[i];
    RtSudog *s = &sgs[casi];
    memset(s, 0, sizeof *s);
    s->g = g;
    s->isselect = true;
    s->elem = cases[casi].elem;
    s->c = cases[casi].c;
    s->caseidx = casi;
    rt_waitq_enqueue(casi < nsends ? &s->c->sendq : &s->c->recvq, s);
  }
  g->param = NULL;
  SelPark park = {cases, lockorder, n};
  rt_park(selparkcommit, &park, "select");

  /* pass 3: woken by one case; withdraw from the others */
  sellock(cases, lockorder, n);
  RtSudog *fired = g->param;
  g->param = NULL;
  int chosen = -1;
  for (int i = 0; i < n; i++) {
    int casi = lockorder[i];
    RtSudog *s = &sgs[casi];
    if (s == fired) {
      chosen = casi;
      continue;
    }
    rt_waitq_remove(casi < nsends ? &s->c->sendq : &s->c->recvq, s);
  }
  selunlock(cases, lockorder, n);
  __atomic_store_n(&g->selectdone, 0, __ATOMIC_RELEASE);
  if (chosen < 0) rt_fatal("select: woken without a case");
  if (chosen < nsends) {
    if (!fired->success) rt_panic_plainerror("send on closed channel");
  } else {
    *recvok = fired->success;
  }
  return chosen;
}

/* select {} */
void gort_block(void) { rt_block_forever("select (no cases)"); }
