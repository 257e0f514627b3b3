/* timer.c — timers (DESIGN §6): time.Sleep, After, Tick, NewTimer, NewTicker, AfterFunc and
 * the Timer/Ticker methods, over one global min-heap ordered by deadline.
 *
 * A sleeping goroutine costs no thread: time.Sleep adds a timer (on its own stack) whose
 * callback readies it, and parks. Timers are run by the scheduler: every findrunnable on an M
 * holding a P runs the expired ones (rt_timers_run); an M with nothing to do sleeps until the
 * next deadline (stopm's timed wait); sysmon starts an M when a deadline has passed while Ps
 * are idle. A new earliest timer wakes an idle P's M so that it sleeps for the right time.
 *
 * Invariants (timers_lock):
 *   - heap[0..n) is a binary min-heap on `when`; t->idx is t's position, -1 when t is not
 *     pending; next_when mirrors heap[0]->when (0: empty) for lock-free reads.
 *   - A callback runs without timers_lock, on an M that holds a P (it may ready goroutines or
 *     start one), after its timer left the heap (a one-shot) or was moved to its next period.
 *   - The heap array is malloc'd, so the collector marks the pending timers and their
 *     arguments explicitly (rt_timers_gc_roots); Timer/Ticker objects are allocated by the
 *     runtime as conservatively scanned memory.
 *
 * Example: t := time.NewTimer(50ms) → a Timer {C: chan(1), r: {when: now+50ms, f: sendTime,
 *   arg: C}} in the heap. 50 ms later a scheduling M pops it, sends time.Now() on C without
 *   blocking; `<-t.C` in a parked goroutine receives it.
 */
#include "chan.h"
#include "lib_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct RtTimer RtTimer;
struct RtTimer {
  int64_t when;                /* deadline, rt_nanotime() clock */
  int64_t period;              /* > 0: fires again every period (tickers) */
  void (*f)(RtTimer *t);
  void *arg;                   /* the channel, goroutine or func value */
  int64_t idx;                 /* heap position; -1: not pending */
  int64_t pad;
};

static RtLock timers_lock;
static RtTimer **heap;
static int64_t nheap, capheap;
static _Atomic int64_t next_when;

int64_t rt_timers_next(void) { return atomic_load(&next_when); }

static void swap(int64_t i, int64_t j) {
  RtTimer *t = heap[i];
  heap[i] = heap[j];
  heap[j] = t;
  heap[i]->idx = i;
  heap[j]->idx = j;
}

static void siftup(int64_t i) {
  while (i > 0) {
    int64_t p = (i - 1) / 2;
    if (heap[p]->when <= heap[i]->when) break;
    swap(i, p);
    i = p;
  }
}

static void siftdown(int64_t i) {
  for (;;) {
    int64_t l = 2 * i + 1, m = i;
    if (l < nheap && heap[l]->when < heap[m]->when) m = l;
    if (l + 1 < nheap && heap[l + 1]->when < heap[m]->when) m = l + 1;
    if (m == i) return;
    swap(i, m);
    i = m;
  }
}

static void update_next(void) { atomic_store(&next_when, nheap ? heap[0]->when : 0); }

/* timers_lock held; returns whether t became the earliest */
static bool add_locked(RtTimer *t) {
  if (nheap == capheap) {
    capheap = capheap ? capheap * 2 : 64;
    heap = realloc(heap, (size_t)capheap * sizeof *heap);
    if (!heap) rt_throw_oom();
  }
  t->idx = nheap;
  heap[nheap++] = t;
  siftup(t->idx);
  update_next();
  return heap[0] == t;
}

static bool del_locked(RtTimer *t) {
  int64_t i = t->idx;
  if (i < 0 || i >= nheap || heap[i] != t) return false;
  nheap--;
  if (i != nheap) {
    heap[i] = heap[nheap];
    heap[i]->idx = i;
    siftdown(i);
    siftup(i);
  }
  t->idx = -1;
  update_next();
  return true;
}

static void unlock_timers(void *arg) {
  (void)arg;
  rt_unlock(&timers_lock);
}

/* after parking on a timer that became the earliest: an idle M must shorten its sleep */
static void unlock_timers_wakep(void *arg) {
  (void)arg;
  rt_unlock(&timers_lock);
  rt_wakep();
}

static void add_timer(RtTimer *t) {
  rt_lock(&timers_lock);
  bool first = add_locked(t);
  rt_unlock(&timers_lock);
  if (first) rt_wakep();
}

int64_t rt_timers_run(int64_t now) {
  for (;;) {
    rt_lock(&timers_lock);
    if (nheap == 0 || heap[0]->when > now) {
      int64_t next = nheap ? heap[0]->when : 0;
      rt_unlock(&timers_lock);
      return next;
    }
    RtTimer *t = heap[0];
    if (t->period > 0) {
      t->when += t->period * (1 + (now - t->when) / t->period);
      if (t->when < 0) t->when = INT64_MAX;
      siftdown(0);
      update_next();
    } else {
      del_locked(t);
    }
    void (*f)(RtTimer *) = t->f;
    rt_unlock(&timers_lock);
    f(t);
  }
}

void rt_timers_gc_roots(void (*mark)(void *)) {
  rt_lock(&timers_lock);
  for (int64_t i = 0; i < nheap; i++) {
    mark(heap[i]);
    mark(heap[i]->arg);
  }
  rt_unlock(&timers_lock);
}

/* ---- time.Sleep ---- */

static void ready_goroutine(RtTimer *t) { rt_ready(t->arg); }

void time_Sleep(int64_t d) {
  if (d <= 0) return;
  uintptr_t sp = rt_getsp();
  if (!rt_on_gstack(sp)) {   /* not a goroutine (unit tests): sleep the thread */
    struct timespec ts = {d / 1000000000, d % 1000000000};
    while (nanosleep(&ts, &ts) != 0) {}
    return;
  }
  RtTimer t = {0};
  t.when = rt_nanotime() + d;
  if (t.when < 0) t.when = INT64_MAX;
  t.f = ready_goroutine;
  t.arg = rt_g_of_sp(sp);
  rt_lock(&timers_lock);
  bool first = add_locked(&t);
  rt_park(first ? unlock_timers_wakep : unlock_timers, NULL, "sleep");
}

/* ---- Timer and Ticker objects ---- */

/* time.Timer and time.Ticker as sema/prelude/time.go declares them: {C; r [6]int64} */
typedef struct TimerObj { GoChan *c; RtTimer r; } TimerObj;
_Static_assert(sizeof(RtTimer) == 6 * 8, "time.Timer's r field is [6]int64");

/* the element of a timer's channel: time.Time, whose third word (loc) is a pointer */
static const uint8_t time_mask[1] = {1 << 2};
static const GoType time_type = {sizeof(Time), sizeof(Time), time_mask, 0, GOK_STRUCT, 8,
                                 GOTF_NAMED | GOTF_COMPARABLE, 0, "time.Time", NULL, NULL, 0,
                                 0, 0, NULL, NULL};
static const GoType time_chan_type = {8, 8, (const uint8_t[]){1}, 0, GOK_CHAN, 8,
                                      GOTF_COMPARABLE, 3, "chan time.Time", &time_type, NULL,
                                      0, 0, 0, NULL, NULL};

static void send_time(RtTimer *t) {
  Time now;
  time_Now(&now);
  rt_chansend(t->arg, &now, false);
}

static void go_func(RtTimer *t) { gort_go(t->arg); }

static TimerObj *new_timer_obj(int64_t d, int64_t period, void (*f)(RtTimer *), void *arg,
                               bool withchan) {
  TimerObj *o = rt_alloc_scan(sizeof *o);
  if (withchan) o->c = gort_makechan(&time_chan_type, 1);
  o->r.when = rt_nanotime() + (d > 0 ? d : 0);
  if (o->r.when < 0) o->r.when = INT64_MAX;
  o->r.period = period;
  o->r.f = f;
  o->r.arg = withchan ? (void *)o->c : arg;
  o->r.idx = -1;
  add_timer(&o->r);
  return o;
}

TimerObj *time_NewTimer(int64_t d) { return new_timer_obj(d, 0, send_time, NULL, true); }
GoChan *time_After(int64_t d) { return time_NewTimer(d)->c; }
TimerObj *time_AfterFunc(int64_t d, void *f) { return new_timer_obj(d, 0, go_func, f, false); }

static void panic_ticker(void) {
  GoIface e = lib_errors_new(rt_str_static("non-positive interval for NewTicker"));
  rt_panic_error(e);
}

TimerObj *time_NewTicker(int64_t d) {
  if (d <= 0) panic_ticker();
  return new_timer_obj(d, d, send_time, NULL, true);
}

GoChan *time_Tick(int64_t d) {
  if (d <= 0) return NULL;
  return time_NewTicker(d)->c;
}

static void timer_uninit(TimerObj *o, const char *what) {
  if (!o->r.f) {
    char msg[64];
    snprintf(msg, sizeof msg, "time: %s called on uninitialized Timer", what);
    rt_panic_string(msg);
  }
}

bool time_Timer_Stop(TimerObj *o) {
  timer_uninit(o, "Stop");
  rt_lock(&timers_lock);
  bool was = del_locked(&o->r);
  rt_unlock(&timers_lock);
  return was;
}

bool time_Timer_Reset(TimerObj *o, int64_t d) {
  timer_uninit(o, "Reset");
  rt_lock(&timers_lock);
  bool was = del_locked(&o->r);
  o->r.when = rt_nanotime() + (d > 0 ? d : 0);
  if (o->r.when < 0) o->r.when = INT64_MAX;
  bool first = add_locked(&o->r);
  rt_unlock(&timers_lock);
  if (first) rt_wakep();
  return was;
}

void time_Ticker_Stop(TimerObj *o) {
  rt_lock(&timers_lock);
  del_locked(&o->r);
  rt_unlock(&timers_lock);
}

void time_Ticker_Reset(TimerObj *o, int64_t d) {
  if (d <= 0) rt_panic_string("non-positive interval for Ticker.Reset");
  if (!o->r.f) rt_panic_string("time: Reset called on uninitialized Ticker");
  rt_lock(&timers_lock);
  del_locked(&o->r);
  o->r.when = rt_nanotime() + d;
  o->r.period = d;
  bool first = add_locked(&o->r);
  rt_unlock(&timers_lock);
  if (first) rt_wakep();
}
