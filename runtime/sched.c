/* sched.c — the M:N goroutine scheduler (DESIGN §6): run queues, parking and waking, the
 * scheduling loop of every worker thread, goroutine creation and exit. Concepts, locks and
 * invariants: rtsched.h. System calls, stop-the-world and sysmon (preemption, retaking Ps from
 * system calls): proc.c.
 *
 * The life of a goroutine:
 *   go f(x)     gort_go(record): a slot (stack.c) with its RtG, a context that starts in
 *               goentry(), status RUNNABLE, put in the creating P's runnext (it runs soon, on
 *               this P, unless another P steals it); an idle P gets a spinning M (wakep).
 *   run         an M holding a P finds it (findrunnable: runnext, local queue, global queue,
 *               timers, stealing half of another P's queue) and switches to it (execute).
 *   block       rt_park(unlock, arg, reason): the G switches to g0 (rt_mcall); on g0 its
 *               status becomes WAITING, then unlock(arg) releases the lock that guards the
 *               wait (channel, semaphore, timers), then g0 schedules another G.
 *   wake        rt_ready(g) by whoever completes the wait (holding that lock, or after it):
 *               WAITING → RUNNABLE, into the waker's P runnext (a hand-off: a channel
 *               ping-pong runs on one P without waking threads).
 *   yield       Gosched and preemption: RUNNABLE, to the global queue.
 *   exit        the function returns into goentry → rt_mcall(EXIT) → on g0: DEAD, slot cached.
 *
 * Idle Ms: an M whose P has no work spins (steals) for a while if fewer than half the busy Ps
 * have a spinning M, then releases its P to the idle list and sleeps on its note (with a
 * timeout when timers are pending). Whoever makes work while a P is idle and no M spins
 * calls wakep(), which starts one spinning M; a spinning M that finds work wakes another
 * (resetspinning), so parallelism ramps up without a thundering herd (Go's design). Before
 * sleeping, a formerly spinning M re-checks every run queue, so work queued between its last
 * look and its P release is never lost.
 *
 * Worked example (GOMAXPROCS=2): main (G1) on P0 runs `go f()` → G2 into P0.runnext,
 * wakep: P1 idle, nobody spinning → M1 starts spinning with P1, steals nothing from runnext
 * at first... main blocks on <-c → park → M0 schedules G2 from runnext; G2 sends on c →
 * G1 readied into P0.runnext; G2 returns → exit → M0 runs G1. M1 found nothing: it released
 * P1 and sleeps.
 */
#include "rtsched.h"
#include <errno.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif
#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif

RtSched rt_sched = {.lock = PTHREAD_MUTEX_INITIALIZER};
RtP *rt_allp[RT_MAXPROCS];
_Atomic int32_t rt_gomaxprocs;
RtM *rt_allm;
_Atomic int64_t rt_ngoroutines;   /* user goroutines not yet exited (NumGoroutine) */
static __thread RtM *tls_m;        /* the M of this thread: only read on g0 (see rt_getm) */

/* ---- locks ---- */

static long futex(uint32_t *addr, int op, uint32_t val) {
  return syscall(SYS_futex, addr, op, val, NULL, NULL, 0);
}

void rt_lock_slow(RtLock *l) {
  for (int i = 0; i < 64; i++) {   /* a short spin: the holder is usually running */
    uint32_t z = 0;
    if (__atomic_load_n(&l->v, __ATOMIC_RELAXED) == 0 &&
        __atomic_compare_exchange_n(&l->v, &z, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
      return;
#if defined(__x86_64__)
    __builtin_ia32_pause();
#endif
  }
  while (__atomic_exchange_n(&l->v, 2, __ATOMIC_ACQUIRE) != 0) futex(&l->v, FUTEX_WAIT_PRIVATE, 2);
}

void rt_unlock_slow(RtLock *l) {
  __atomic_store_n(&l->v, 0, __ATOMIC_RELEASE);
  futex(&l->v, FUTEX_WAKE_PRIVATE, 1);
}

/* ---- notes ---- */

void rt_note_init(RtNote *n) {
  pthread_mutex_init(&n->mu, NULL);
  pthread_condattr_t a;
  pthread_condattr_init(&a);
  pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
  pthread_cond_init(&n->cv, &a);
  pthread_condattr_destroy(&a);
  n->set = 0;
}
void rt_note_clear(RtNote *n) {
  pthread_mutex_lock(&n->mu);
  n->set = 0;
  pthread_mutex_unlock(&n->mu);
}
void rt_note_wakeup(RtNote *n) {
  pthread_mutex_lock(&n->mu);
  n->set = 1;
  pthread_cond_signal(&n->cv);
  pthread_mutex_unlock(&n->mu);
}
void rt_note_sleep(RtNote *n) {
  pthread_mutex_lock(&n->mu);
  while (!n->set) pthread_cond_wait(&n->cv, &n->mu);
  pthread_mutex_unlock(&n->mu);
}
bool rt_note_tsleep(RtNote *n, int64_t ns) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  int64_t t = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec + (ns > 0 ? ns : 0);
  ts.tv_sec = t / 1000000000;
  ts.tv_nsec = t % 1000000000;
  pthread_mutex_lock(&n->mu);
  int r = 0;
  while (!n->set && r != ETIMEDOUT) r = pthread_cond_timedwait(&n->cv, &n->mu, &ts);
  bool set = n->set;
  pthread_mutex_unlock(&n->mu);
  return set;
}

int64_t rt_nanotime(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---- the current G and M ---- */

/* the thread's M, read through a call so that no caller keeps a thread-local address across
 * a park (after which it may run on another thread) */
__attribute__((noinline)) RtM *rt_tls_m(void) { return tls_m; }

/* threads that are not Ms (unit tests, sysmon) get a G of their own */
static __thread RtG *tls_fallback_g;
__attribute__((noinline)) static RtG *fallback_g(void) {
  if (!tls_fallback_g) {
    tls_fallback_g = calloc(1, sizeof(RtG));
    if (!tls_fallback_g) abort();
    tls_fallback_g->id = 1;
    tls_fallback_g->status = G_RUNNING;
  }
  return tls_fallback_g;
}

RtG *rt_getg(void) {
  uintptr_t sp = rt_getsp();
  if (rt_on_gstack(sp)) return rt_g_of_sp(sp);
  RtM *m = rt_tls_m();
  return m ? m->g0 : fallback_g();
}

RtM *rt_getm(void) {
  uintptr_t sp = rt_getsp();
  if (rt_on_gstack(sp)) return rt_g_of_sp(sp)->m;
  return rt_tls_m();
}

uint32_t rt_fastrand(void) { return (uint32_t)rt_rand64(); }

/* ---- switching ---- */

/* switch from `from` (the running context) to `to`; returns when something switches back to
 * `from`. dying: `from` never runs again (sanitizers free its state). */
static void switch_ctx(RtG *from, RtG *to, bool dying) {
#if defined(__SANITIZE_ADDRESS__)
  uintptr_t bottom = to->id ? (uintptr_t)to->stack_lo - RT_STACK_SLACK : (uintptr_t)to->stack_lo;
  __sanitizer_start_switch_fiber(dying ? NULL : &from->asan_fake, (void *)bottom,
                                 (uintptr_t)to->stack_hi - bottom);
#endif
#if defined(__SANITIZE_THREAD__)
  __tsan_switch_to_fiber(to->tsan_fiber, 0);
#endif
  (void)dying;
  rt_ctx_switch(&from->sched_sp, to->sched_sp);
#if defined(__SANITIZE_ADDRESS__)
  __sanitizer_finish_switch_fiber(from->asan_fake, NULL, NULL);
#endif
}

/* from a goroutine: save it and run `req` on this M's g0 (the scheduling loop) */
static void mcall(int req) {
  RtG *g = rt_getg();
  RtM *m = g->m;
  m->mcall = req;
  switch_ctx(g, m->g0, req == MCALL_EXIT);
}

/* ---- run queues (Go's runqput/runqget/runqsteal: the owner pushes at the tail, anyone
 * takes from the head with a CAS) ---- */

bool rt_runqempty(RtP *p) {
  for (;;) {
    uint32_t h = atomic_load(&p->runqhead), t = atomic_load(&p->runqtail);
    RtG *next = atomic_load(&p->runnext);
    if (t == atomic_load(&p->runqtail)) return h == t && next == NULL;
  }
}

static void globrunqput(RtG *g) { /* sched.lock held */
  g->schedlink = NULL;
  if (rt_sched.runqtail) rt_sched.runqtail->schedlink = g;
  else rt_sched.runqhead = g;
  rt_sched.runqtail = g;
  atomic_fetch_add(&rt_sched.runqsize, 1);
}

static void globrunqputbatch(RtG *head, RtG *tail, int32_t n) { /* sched.lock held */
  tail->schedlink = NULL;
  if (rt_sched.runqtail) rt_sched.runqtail->schedlink = head;
  else rt_sched.runqhead = head;
  rt_sched.runqtail = tail;
  atomic_fetch_add(&rt_sched.runqsize, n);
}

static void runqput(RtP *p, RtG *g, bool next);

/* take a batch from the global queue: the first is returned, the rest go to p's queue */
static RtG *globrunqget(RtP *p, int32_t max) { /* sched.lock held */
  int32_t size = atomic_load(&rt_sched.runqsize);
  if (size == 0) return NULL;
  int32_t n = size / atomic_load(&rt_gomaxprocs) + 1;
  if (n > size) n = size;
  if (max > 0 && n > max) n = max;
  if (n > RT_RUNQ / 2) n = RT_RUNQ / 2;
  atomic_fetch_sub(&rt_sched.runqsize, n);
  RtG *g = rt_sched.runqhead;
  rt_sched.runqhead = g->schedlink;
  if (!rt_sched.runqhead) rt_sched.runqtail = NULL;
  while (--n > 0) {
    RtG *g1 = rt_sched.runqhead;
    rt_sched.runqhead = g1->schedlink;
    if (!rt_sched.runqhead) rt_sched.runqtail = NULL;
    runqput(p, g1, false);
  }
  return g;
}

/* the local queue is full: move half of it and g to the global queue */
static bool runqputslow(RtP *p, RtG *g, uint32_t h, uint32_t t) {
  RtG *batch[RT_RUNQ / 2 + 1];
  uint32_t n = (t - h) / 2;
  if (n != RT_RUNQ / 2) rt_fatal("runqputslow: queue is not full");
  for (uint32_t i = 0; i < n; i++) batch[i] = atomic_load_explicit(&p->runq[(h + i) % RT_RUNQ], memory_order_relaxed);
  if (!atomic_compare_exchange_strong_explicit(&p->runqhead, &h, h + n, memory_order_release,
                                               memory_order_relaxed))
    return false;
  batch[n] = g;
  for (uint32_t i = 0; i < n; i++) batch[i]->schedlink = batch[i + 1];
  pthread_mutex_lock(&rt_sched.lock);
  globrunqputbatch(batch[0], batch[n], (int32_t)n + 1);
  pthread_mutex_unlock(&rt_sched.lock);
  return true;
}

static void runqput(RtP *p, RtG *g, bool next) {
  if (next) {
    RtG *old = atomic_load(&p->runnext);
    while (!atomic_compare_exchange_weak(&p->runnext, &old, g)) {}
    if (!old) return;
    g = old;   /* the old runnext goes to the tail */
  }
  for (;;) {
    uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
    uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
    if (t - h < RT_RUNQ) {
      atomic_store_explicit(&p->runq[t % RT_RUNQ], g, memory_order_relaxed);
      atomic_store_explicit(&p->runqtail, t + 1, memory_order_release);
      return;
    }
    if (runqputslow(p, g, h, t)) return;
  }
}

static RtG *runqget(RtP *p, bool *inherit) {
  RtG *next = atomic_load(&p->runnext);
  if (next && atomic_compare_exchange_strong(&p->runnext, &next, NULL)) {
    *inherit = true;
    return next;
  }
  *inherit = false;
  for (;;) {
    uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
    uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
    if (t == h) return NULL;
    RtG *g = atomic_load_explicit(&p->runq[h % RT_RUNQ], memory_order_relaxed);
    if (atomic_compare_exchange_strong_explicit(&p->runqhead, &h, h + 1, memory_order_release,
                                                memory_order_relaxed))
      return g;
  }
}

/* copy up to half of p2's queue into batch (p's array at batchhead); 0 if nothing */
static uint32_t runqgrab(RtP *p2, _Atomic(RtG *) *batch, uint32_t batchhead, bool stealnext) {
  for (;;) {
    uint32_t h = atomic_load_explicit(&p2->runqhead, memory_order_acquire);
    uint32_t t = atomic_load_explicit(&p2->runqtail, memory_order_acquire);
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (stealnext) {
        RtG *next = atomic_load(&p2->runnext);
        if (next) {
          /* p2 is probably about to run it: give it a moment (Go sleeps 3 µs) */
          if (atomic_load(&p2->status) == P_RUNNING) {
            struct timespec ts = {0, 3000};
            nanosleep(&ts, NULL);
          }
          if (!atomic_compare_exchange_strong(&p2->runnext, &next, NULL)) continue;
          atomic_store_explicit(&batch[batchhead % RT_RUNQ], next, memory_order_relaxed);
          return 1;
        }
      }
      return 0;
    }
    if (n > RT_RUNQ / 2) continue;   /* h and t read inconsistently */
    for (uint32_t i = 0; i < n; i++) {
      RtG *g = atomic_load_explicit(&p2->runq[(h + i) % RT_RUNQ], memory_order_relaxed);
      atomic_store_explicit(&batch[(batchhead + i) % RT_RUNQ], g, memory_order_relaxed);
    }
    if (atomic_compare_exchange_strong_explicit(&p2->runqhead, &h, h + n, memory_order_release,
                                                memory_order_relaxed))
      return n;
  }
}

static RtG *runqsteal(RtP *p, RtP *p2, bool stealnext) {
  uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
  uint32_t n = runqgrab(p2, p->runq, t, stealnext);
  if (n == 0) return NULL;
  n--;
  RtG *g = atomic_load_explicit(&p->runq[(t + n) % RT_RUNQ], memory_order_relaxed);
  if (n == 0) return g;
  uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
  if (t - h + n >= RT_RUNQ) rt_fatal("runqsteal: runq overflow");
  atomic_store_explicit(&p->runqtail, t + n, memory_order_release);
  return g;
}

/* ---- idle Ps and Ms (sched.lock held) ---- */

static void pidleput(RtP *p) {
  if (!rt_runqempty(p)) rt_fatal("pidleput: P has non-empty run queue");
  atomic_store(&p->status, P_IDLE);
  p->m = NULL;
  p->link = rt_sched.pidle;
  rt_sched.pidle = p;
  atomic_fetch_add(&rt_sched.npidle, 1);
}

static RtP *pidleget(void) {
  RtP *p = rt_sched.pidle;
  if (p) {
    rt_sched.pidle = p->link;
    atomic_fetch_sub(&rt_sched.npidle, 1);
  }
  return p;
}

static void mput(RtM *m) {
  m->schedlink = rt_sched.midle;
  rt_sched.midle = m;
  rt_sched.nmidle++;
  m->idle = true;
}

static RtM *mget(void) {
  RtM *m = rt_sched.midle;
  if (m) {
    rt_sched.midle = m->schedlink;
    rt_sched.nmidle--;
    m->idle = false;
  }
  return m;
}

static void mremove(RtM *m) { /* take m itself off the idle list */
  for (RtM **pp = &rt_sched.midle; *pp; pp = &(*pp)->schedlink)
    if (*pp == m) {
      *pp = m->schedlink;
      rt_sched.nmidle--;
      m->idle = false;
      return;
    }
}

void rt_acquirep(RtM *m, RtP *p) {
  m->p = p;
  p->m = m;
  atomic_store(&p->status, P_RUNNING);
}

RtP *rt_releasep(RtM *m) {
  RtP *p = m->p;
  p->m = NULL;
  m->p = NULL;
  return p;
}

/* ---- starting Ms ---- */

static void *mstart(void *arg);

static RtM *allocm(void) {
  RtM *m = calloc(1, sizeof *m);
  RtG *g0 = calloc(1, sizeof *g0);
  if (!m || !g0) rt_throw_oom();
  m->g0 = g0;
  g0->m = m;
  g0->status = G_RUNNING;
  g0->waitreason = "running";
  rt_note_init(&m->park);
  pthread_mutex_lock(&rt_sched.lock);
  m->id = rt_sched.mcount++;
  m->alllink = rt_allm;
  rt_allm = m;
  pthread_mutex_unlock(&rt_sched.lock);
  return m;
}

/* a new worker thread that will start with P p */
static void newm(RtP *p, bool spinning) {
  RtM *m = allocm();
  m->nextp = p;
  m->spinning = spinning;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, (size_t)1 << 20);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (pthread_create(&m->thread, &attr, mstart, m) != 0) rt_fatal("newm: cannot create a thread");
  pthread_attr_destroy(&attr);
}

/* an idle or new M to run p (or an idle P when p is NULL) */
static void startm(RtP *p, bool spinning) {
  pthread_mutex_lock(&rt_sched.lock);
  if (!p) {
    p = pidleget();
    if (!p) {
      pthread_mutex_unlock(&rt_sched.lock);
      if (spinning) atomic_fetch_sub(&rt_sched.nmspinning, 1);
      return;
    }
  }
  RtM *m = mget();
  pthread_mutex_unlock(&rt_sched.lock);
  if (!m) {
    newm(p, spinning);
    return;
  }
  m->spinning = spinning;
  m->nextp = p;
  rt_note_wakeup(&m->park);
}

void rt_wakep(void) {
  if (atomic_load(&rt_sched.npidle) == 0) return;
  int32_t z = 0;
  if (atomic_load(&rt_sched.nmspinning) != 0 ||
      !atomic_compare_exchange_strong(&rt_sched.nmspinning, &z, 1))
    return;
  startm(NULL, true);
}

/* a spinning M found work: stop spinning, and let another M spin if Ps are idle */
static void resetspinning(RtM *m) {
  m->spinning = false;
  if (atomic_fetch_sub(&rt_sched.nmspinning, 1) - 1 < 0) rt_fatal("resetspinning: negative nmspinning");
  rt_wakep();
}

/* hand p (released by a system call or at start-the-world) to an M if it has work */
void rt_handoffp(RtP *p) {
  if (!rt_runqempty(p) || atomic_load(&rt_sched.runqsize) > 0) {
    startm(p, false);
    return;
  }
  if (atomic_load(&rt_sched.nmspinning) + atomic_load(&rt_sched.npidle) == 0) {
    int32_t z = 0;
    if (atomic_compare_exchange_strong(&rt_sched.nmspinning, &z, 1)) {
      startm(p, true);
      return;
    }
  }
  pthread_mutex_lock(&rt_sched.lock);
  if (atomic_load(&rt_sched.gcwaiting)) {
    atomic_store(&p->status, P_GCSTOP);
    p->m = NULL;
    if (--rt_sched.stopwait == 0) rt_note_wakeup(&rt_sched.stopnote);
    pthread_mutex_unlock(&rt_sched.lock);
    return;
  }
  if (atomic_load(&rt_sched.runqsize) > 0) {
    pthread_mutex_unlock(&rt_sched.lock);
    startm(p, false);
    return;
  }
  int64_t next = rt_timers_next();
  pidleput(p);
  pthread_mutex_unlock(&rt_sched.lock);
  if (next) rt_wakep();   /* someone must run the timers */
}

/* ---- deadlock detection (sched.lock held, called as the last M goes to sleep) ---- */

void rt_checkdead(void);   /* proc.c */

/* ---- stopping an M ---- */

/* sleep until another M hands this one a P (m->nextp); with timers pending, wake at the next
 * deadline and try to get a P to run them */
static void stopm(RtM *m) {
  for (;;) {
    pthread_mutex_lock(&rt_sched.lock);
    mput(m);
    rt_checkdead();
    pthread_mutex_unlock(&rt_sched.lock);
    int64_t next = rt_timers_next();
    bool woken;
    if (next) woken = rt_note_tsleep(&m->park, next - rt_nanotime());
    else {
      rt_note_sleep(&m->park);
      woken = true;
    }
    if (!woken) {
      pthread_mutex_lock(&rt_sched.lock);
      if (m->idle) {   /* nobody took us: run the timers ourselves if a P is free */
        mremove(m);
        RtP *p = atomic_load(&rt_sched.gcwaiting) ? NULL : pidleget();
        pthread_mutex_unlock(&rt_sched.lock);
        if (p) {
          rt_acquirep(m, p);
          return;
        }
        continue;
      }
      pthread_mutex_unlock(&rt_sched.lock);
      rt_note_sleep(&m->park);   /* a waker took us off the list: its wakeup is coming */
    }
    rt_note_clear(&m->park);
    RtP *p = m->nextp;
    m->nextp = NULL;
    if (!p) rt_fatal("stopm: woken without a P");
    rt_acquirep(m, p);
    return;
  }
}

/* a stop-the-world is pending: give up the P and sleep until restarted */
static void gcstopm(RtM *m) {
  if (m->spinning) {
    m->spinning = false;
    atomic_fetch_sub(&rt_sched.nmspinning, 1);
  }
  RtP *p = rt_releasep(m);
  pthread_mutex_lock(&rt_sched.lock);
  atomic_store(&p->status, P_GCSTOP);
  if (--rt_sched.stopwait == 0) rt_note_wakeup(&rt_sched.stopnote);
  pthread_mutex_unlock(&rt_sched.lock);
  stopm(m);
}

/* ---- finding work ---- */

static RtG *findrunnable(RtM *m, bool *inherit) {
top:;
  RtP *p = m->p;
  if (atomic_load(&rt_sched.gcwaiting)) {
    gcstopm(m);
    goto top;
  }
  int64_t next = rt_timers_next();
  if (next && next <= rt_nanotime()) rt_timers_run(rt_nanotime());
  RtG *g;
  /* now and then the global queue first, so that it cannot starve */
  if (atomic_load(&p->schedtick) % 61 == 0 && atomic_load(&rt_sched.runqsize) > 0) {
    pthread_mutex_lock(&rt_sched.lock);
    g = globrunqget(p, 1);
    pthread_mutex_unlock(&rt_sched.lock);
    if (g) {
      *inherit = false;
      return g;
    }
  }
  if ((g = runqget(p, inherit))) return g;
  if (atomic_load(&rt_sched.runqsize) > 0) {
    pthread_mutex_lock(&rt_sched.lock);
    g = globrunqget(p, 0);
    pthread_mutex_unlock(&rt_sched.lock);
    if (g) {
      *inherit = false;
      return g;
    }
  }
  /* steal: only while fewer than half the busy Ps have a spinning M */
  int32_t procs = atomic_load(&rt_gomaxprocs);
  if (m->spinning || 2 * atomic_load(&rt_sched.nmspinning) < procs - atomic_load(&rt_sched.npidle)) {
    if (!m->spinning) {
      m->spinning = true;
      atomic_fetch_add(&rt_sched.nmspinning, 1);
    }
    for (int round = 0; round < 4; round++) {
      uint32_t start = rt_fastrand();
      for (int32_t i = 0; i < procs; i++) {
        RtP *p2 = rt_allp[(start + (uint32_t)i) % (uint32_t)procs];
        if (p2 == p) continue;
        if (atomic_load(&rt_sched.gcwaiting)) goto top;
        if ((g = runqsteal(p, p2, round == 3))) {
          *inherit = false;
          return g;
        }
      }
    }
  }
  /* nothing: give up the P */
  pthread_mutex_lock(&rt_sched.lock);
  if (atomic_load(&rt_sched.gcwaiting)) {
    pthread_mutex_unlock(&rt_sched.lock);
    goto top;
  }
  if (atomic_load(&rt_sched.runqsize) > 0) {
    g = globrunqget(p, 0);
    pthread_mutex_unlock(&rt_sched.lock);
    *inherit = false;
    return g;
  }
  rt_releasep(m);
  pidleput(p);
  pthread_mutex_unlock(&rt_sched.lock);
  bool was_spinning = m->spinning;
  if (m->spinning) {
    m->spinning = false;
    if (atomic_fetch_sub(&rt_sched.nmspinning, 1) - 1 < 0) rt_fatal("findrunnable: negative nmspinning");
  }
  if (was_spinning) {
    /* work queued after our last look (its wakep saw us spinning and did nothing): the
     * global queue (a thread without a P readied it) or a P's queue */
    if (atomic_load(&rt_sched.runqsize) > 0) {
      pthread_mutex_lock(&rt_sched.lock);
      RtP *np = rt_sched.runqsize > 0 ? pidleget() : NULL;
      pthread_mutex_unlock(&rt_sched.lock);
      if (np) {
        rt_acquirep(m, np);
        m->spinning = true;
        atomic_fetch_add(&rt_sched.nmspinning, 1);
        goto top;
      }
    }
    for (int32_t i = 0; i < procs; i++) {
      RtP *p2 = rt_allp[i];
      if (p2 && !rt_runqempty(p2)) {
        pthread_mutex_lock(&rt_sched.lock);
        RtP *np = pidleget();
        pthread_mutex_unlock(&rt_sched.lock);
        if (np) {
          rt_acquirep(m, np);
          m->spinning = true;
          atomic_fetch_add(&rt_sched.nmspinning, 1);
          goto top;
        }
        break;
      }
    }
  }
  stopm(m);
  goto top;
}

/* ---- the scheduling loop (on g0) ---- */

static void execute(RtM *m, RtG *g, bool inherit) {
  /* a G whose stack the current mark has not scanned yet is scanned before it runs */
  if (__builtin_expect(gc_owes_scan(g), 0)) gc_scan_before_run(g);
  atomic_store_explicit(&m->curg, g, memory_order_relaxed);
  g->m = m;
  atomic_store(&g->status, G_RUNNING);
  g->waitreason = "running";
  if (!inherit) atomic_fetch_add(&m->p->schedtick, 1);
  switch_ctx(m->g0, g, false);
}

void rt_goexit0(RtM *m, RtG *g);   /* below */
void rt_syscall_stop(RtM *m, RtG *g); /* proc.c */

static _Noreturn void schedule_loop(RtM *m) {
  for (;;) {
    if (!m->p) stopm(m);
    bool inherit;
    RtG *g = findrunnable(m, &inherit);
    if (m->spinning) resetspinning(m);
    execute(m, g, inherit);
    /* g switched back to us with a request */
    RtG *gp = m->curg;
    atomic_store_explicit(&m->curg, NULL, memory_order_relaxed);
    switch (m->mcall) {
    case MCALL_PARK:
      atomic_store(&gp->status, G_WAITING);
      if (m->unlockf) m->unlockf(m->unlockarg);
      m->unlockf = NULL;
      break;
    case MCALL_YIELD:
    case MCALL_PREEMPT:
      atomic_store(&gp->status, G_RUNNABLE);
      pthread_mutex_lock(&rt_sched.lock);
      globrunqput(gp);
      pthread_mutex_unlock(&rt_sched.lock);
      break;
    case MCALL_EXIT:
      rt_goexit0(m, gp);
      break;
    case MCALL_SYSCALL_STOP:
      rt_syscall_stop(m, gp);
      break;
    default:
      rt_fatal("schedule: bad mcall");
    }
    m->mcall = MCALL_NONE;
  }
}

/* g0 of a new worker thread */
static void *mstart(void *arg) {
  RtM *m = arg;
  tls_m = m;
  rt_signal_stack_init();
  pthread_attr_t attr;
  void *addr;
  size_t size;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
      m->g0->stack_lo = addr;
      m->g0->stack_hi = (char *)addr + size;
    }
    pthread_attr_destroy(&attr);
  }
#if defined(__SANITIZE_THREAD__)
  m->g0->tsan_fiber = __tsan_get_current_fiber();
#endif
  RtP *p = m->nextp;
  m->nextp = NULL;
  rt_acquirep(m, p);
  schedule_loop(m);
}

/* ---- parking and readying ---- */

void rt_park(void (*unlockf)(void *), void *arg, const char *reason) {
  RtG *g = rt_getg();
  RtM *m = g->m;
  if (!m) {   /* a thread without a scheduler (unit tests): nothing could ever wake it */
    g->waitreason = reason;
    g->status = G_WAITING;
    rt_deadlock(g);
  }
  if (g == m->g0) rt_fatal("park on the scheduler stack");
  g->waitreason = reason;
  g->waitsince = 0;
  m->unlockf = unlockf;
  m->unlockarg = arg;
  mcall(MCALL_PARK);
}

void rt_ready(RtG *g) {
  uint32_t s = G_WAITING;
  if (!atomic_compare_exchange_strong(&g->status, &s, G_RUNNABLE)) rt_fatal("ready: bad goroutine status");
  RtM *m = rt_getm();
  RtP *p = m ? m->p : NULL;
  if (!p) {
    rt_ready_noP(g);
    return;
  }
  runqput(p, g, true);
  rt_wakep();
}

/* an M without a P (a timer run by sysmon's wakeup, a system call) readies g */
void rt_ready_noP(RtG *g) {
  atomic_store(&g->status, G_RUNNABLE);
  pthread_mutex_lock(&rt_sched.lock);
  globrunqput(g);
  pthread_mutex_unlock(&rt_sched.lock);
  rt_wakep();
}

void rt_gosched(void) { mcall(MCALL_YIELD); }
void rt_preempt_yield(void) { mcall(MCALL_PREEMPT); }
void rt_mcall_syscall_stop(void) { mcall(MCALL_SYSCALL_STOP); }

/* ---- goroutine creation and exit ---- */

static void goentry(void *arg) {
  RtG *g = arg;
#if defined(__SANITIZE_ADDRESS__)
  __sanitizer_finish_switch_fiber(NULL, NULL, NULL);
#endif
  void *c = g->entry;
  ((void (*)(void *)) * (void **)c)(c);
  rt_goexit1();
}

static RtG *newg(void *entry, uintptr_t gopc, RtG *parent) {
  RtG *g = rt_stack_alloc();
#if defined(__SANITIZE_THREAD__)
  if (!g->tsan_fiber) g->tsan_fiber = __tsan_create_fiber(0);
#endif
  /* ids as Go 1.19 gives them to a program that has not collected yet: main is 1, the
   * runtime's own goroutines (forcegchelper, bgsweep, bgscavenge) take 2-4, so a program's
   * first goroutine is 5 in its tracebacks, as in Go's */
  int64_t id = atomic_fetch_add(&rt_sched.goidgen, 1) + 1;
  if (id == 2) {
    atomic_fetch_add(&rt_sched.goidgen, 3);
    id = 5;
  }
  g->id = id;
  g->entry = entry;
  g->gopc = gopc;
  g->parentid = parent ? parent->id : 0;
  g->waitreason = "runnable";
  g->sched_sp = rt_ctx_init(rt_stack_top(g), goentry, g);
  /* born scanned: what its stack holds (its entry closure) its creator held, and the
   * creator, running, has been scanned (mgcmark.c) — unless the creator is a thread
   * without a P (a timer's), which no stop-the-world waits for: shaded while marking */
  __atomic_store_n(&g->gcscan, __atomic_load_n(&gc_scan_epoch, __ATOMIC_ACQUIRE), __ATOMIC_RELEASE);
  gc_shade_ptr(entry);
  atomic_store(&g->status, G_RUNNABLE);
  return g;
}

/* the go statement: closure is a func() record (gort.h) */
void gort_go(void *closure) {
  uintptr_t pc = (uintptr_t)__builtin_return_address(0);
  RtG *cur = rt_getg();
  RtG *g = newg(closure, pc, cur);
  atomic_fetch_add(&rt_ngoroutines, 1);
  RtP *p = cur->m ? cur->m->p : NULL;
  if (!p) {
    rt_ready_noP(g);
    return;
  }
  runqput(p, g, true);
  if (rt_sched.main_started) rt_wakep();
}

/* the goroutine function returned (or runtime.Goexit ran the deferred calls) */
_Noreturn void rt_goexit1(void) {
  mcall(MCALL_EXIT);
  rt_fatal("goexit: dead goroutine resumed");
}

void rt_goexit0(RtM *m, RtG *g) {
  (void)m;
  atomic_store(&g->status, G_DEAD);
  if (!g->system) atomic_fetch_sub(&rt_ngoroutines, 1);
  g->entry = NULL;
  g->frames = NULL;
  g->panic = NULL;
  g->m = NULL;
  rt_stack_free(g);
}

/* ---- the collector's roots (world stopped) ---- */

typedef struct GcRoots {
  void (*scan)(uintptr_t lo, uintptr_t hi);
  void (*mark)(void *);
  RtG *self;
} GcRoots;

static void g_roots(RtG *g, void *arg) {
  GcRoots *r = arg;
  uint32_t s = atomic_load(&g->status);
  if (s == G_DEAD || s == G_IDLE) return;
  rt_panic_gc_roots(g, r->mark);
  if (g == r->self) return;   /* the collector scans its own stack from its sp */
  r->mark(g->entry);
  r->scan((uintptr_t)g->sched_sp, (uintptr_t)g + sizeof(RtG));
}

void rt_sched_gc_roots(void (*scan)(uintptr_t, uintptr_t), void (*mark)(void *), RtG *self,
                       bool later) {
  GcRoots r = {scan, mark, self};
  if (!later) {
    rt_stack_foreach(g_roots, &r);
    return;
  }
  /* The world is stopped: every G is switched out but those in system calls, which may come
   * back and run on without passing through execute: scanned now. The others are scanned
   * while the world runs, by the collector or by the M about to run one, whichever comes
   * first (mgcmark.c) — not here: touching 100,000 goroutines' records took 10-50 ms. */
  uint32_t epoch = __atomic_load_n(&gc_scan_epoch, __ATOMIC_RELAXED);
  for (RtM *m = __atomic_load_n(&rt_allm, __ATOMIC_ACQUIRE); m; m = m->alllink) {
    RtG *g = atomic_load_explicit(&m->curg, memory_order_relaxed);
    if (!g || g == self || atomic_load(&g->status) != G_SYSCALL) continue;
    g_roots(g, &r);
    __atomic_store_n(&g->gcscan, epoch, __ATOMIC_RELEASE);
  }
}

/* ---- initialisation and the main goroutine ---- */

static RtM m0;
static RtG g0_main;

void rt_sched_init(void) {
  if (tls_m) return;
  rt_stack_init();
  rt_note_init(&rt_sched.stopnote);
  rt_note_init(&rt_sched.sysmonnote);
  m0.g0 = &g0_main;
  g0_main.m = &m0;
  g0_main.status = G_RUNNING;
  g0_main.waitreason = "running";
  rt_note_init(&m0.park);
  m0.thread = pthread_self();
  rt_sched.mcount = 1;
  rt_allm = &m0;
  tls_m = &m0;
  pthread_attr_t attr;
  void *addr;
  size_t size;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
      g0_main.stack_lo = addr;
      g0_main.stack_hi = (char *)addr + size;
    }
    pthread_attr_destroy(&attr);
  }
#if defined(__SANITIZE_THREAD__)
  g0_main.tsan_fiber = __tsan_get_current_fiber();
#endif
  int32_t n = (int32_t)runtime_GOMAXPROCS(0);
  rt_procresize(n);   /* every P idle: M0 takes one */
  pthread_mutex_lock(&rt_sched.lock);
  RtP *p = pidleget();
  pthread_mutex_unlock(&rt_sched.lock);
  rt_acquirep(&m0, p);
}

static void (*main_fn)(void);

static void main_goroutine(void *arg) {
  (void)arg;
  rt_sched.main_started = true;
  rt_sysmon_start();
  main_fn();
}

_Noreturn void rt_sched_start(void (*mainfn)(void)) {
  main_fn = mainfn;
  /* a static record {fn}: the closure protocol of gort.h */
  static void *main_record[1] = {(void *)main_goroutine};
  RtG *g = newg(main_record, 0, NULL);
  atomic_fetch_add(&rt_ngoroutines, 1);
  runqput(m0.p, g, true);
  schedule_loop(&m0);
}
