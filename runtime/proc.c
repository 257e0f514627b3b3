/* proc.c — the scheduler's control paths (rtsched.h): system calls, stop-the-world, GOMAXPROCS,
 * the monitor thread (sysmon: preemption, retaking Ps blocked in system calls), safepoints
 * and stack overflow (gort_morestack), deadlock detection, and package runtime's goroutine
 * functions.
 *
 * Safepoints: generated code checks, in every function prologue, `sp - framesize < guard`
 * where guard is the last word of the goroutine's stack slot (stack.c), and on every loop
 * back-edge `guard == RT_STACK_PREEMPT`. To stop a goroutine, sysmon (after 10 ms of running)
 * or a stop-the-world stores RT_STACK_PREEMPT in its guard: the next check calls
 * gort_morestack, which restores the guard and yields (the P then sees a pending
 * stop-the-world in schedule and stops). Runtime C code never polls; it never runs long
 * without returning to Go code or parking.
 *
 * Stop-the-world (for the collector and GOMAXPROCS), as Go's stopTheWorldWithSema: under
 * sched.lock set gcwaiting, count the Ps to stop, poison the guard of every running G, take
 * the idle Ps and those in system calls at once, then sleep until the running ones have
 * stopped (each decrements stopwait in gcstopm). One at a time: rt_worldsema is a goroutine
 * semaphore, so a second caller parks (freeing its P) instead of blocking its thread.
 *
 * System calls: rt_entersyscall marks the G (status SYSCALL, registers saved in the G) and
 * its P (status SYSCALL, still associated with the M as m->oldp). If the call returns quickly
 * the M takes the P back with one CAS. If sysmon sees the P in the same system call for a
 * whole tick while there is work, it CASes it to IDLE and hands it to another M; the
 * returning M then gets an idle P or queues its G and sleeps.
 *
 * Deadlock: when the last M goes to sleep (all Ms idle), no run queue holds a G and no timer
 * is pending, no goroutine can ever run again: "fatal error: all goroutines are asleep -
 * deadlock!", exit 2. A goroutine blocked in a system call keeps its M busy, so it counts as
 * running, as in Go.
 */
#include "rtsched.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

uint32_t rt_worldsema = 1;

/* ---- system calls ---- */

void rt_entersyscall1(RtG *g, uintptr_t sp) {
  RtM *m = g->m;
  RtP *p = m->p;
  g->sched_sp = (void *)sp;
  atomic_store(&g->status, G_SYSCALL);
  atomic_fetch_add(&p->syscalltick, 1);
  m->oldp = p;
  rt_releasep(m);
  atomic_store(&p->status, P_SYSCALL);
  if (atomic_load(&rt_sched.gcwaiting)) {
    /* a stop-the-world is waiting for this P: stop it now */
    pthread_mutex_lock(&rt_sched.lock);
    uint32_t s = P_SYSCALL;
    if (rt_sched.stopwait > 0 && atomic_compare_exchange_strong(&p->status, &s, P_GCSTOP)) {
      if (--rt_sched.stopwait == 0) rt_note_wakeup(&rt_sched.stopnote);
    }
    pthread_mutex_unlock(&rt_sched.lock);
  }
}

void rt_exitsyscall(void) {
  uintptr_t sp = rt_getsp();
  if (!rt_on_gstack(sp)) return;
  RtG *g = rt_g_of_sp(sp);
  RtM *m = g->m;
  RtP *p = m->oldp;
  m->oldp = NULL;
  uint32_t s = P_SYSCALL;
  if (p && atomic_compare_exchange_strong(&p->status, &s, P_RUNNING)) {
    rt_acquirep(m, p);
    atomic_fetch_add(&p->syscalltick, 1);
    atomic_store(&g->status, G_RUNNING);
    return;
  }
  /* the P was retaken: any idle P will do */
  pthread_mutex_lock(&rt_sched.lock);
  RtP *np = NULL;
  if (!atomic_load(&rt_sched.gcwaiting)) {
    np = rt_sched.pidle;
    if (np) {
      rt_sched.pidle = np->link;
      atomic_fetch_sub(&rt_sched.npidle, 1);
    }
  }
  pthread_mutex_unlock(&rt_sched.lock);
  if (np) {
    rt_acquirep(m, np);
    atomic_store(&g->status, G_RUNNING);
    return;
  }
  /* none: queue the G, and this M sleeps (on g0, see rt_syscall_stop) */
  rt_mcall_syscall_stop();
}

/* on g0: the G returned from a system call and no P was free */
void rt_syscall_stop(RtM *m, RtG *g) {
  (void)m;
  atomic_store(&g->status, G_RUNNABLE);
  pthread_mutex_lock(&rt_sched.lock);
  g->schedlink = NULL;
  if (rt_sched.runqtail) rt_sched.runqtail->schedlink = g;
  else rt_sched.runqhead = g;
  rt_sched.runqtail = g;
  atomic_fetch_add(&rt_sched.runqsize, 1);
  pthread_mutex_unlock(&rt_sched.lock);
  rt_wakep();
}

/* ---- preemption ---- */

static void preemptone(RtP *p) {
  RtM *m = atomic_load(&p->m);
  RtG *g = m ? atomic_load(&m->curg) : NULL;
  if (!g) return;
  __atomic_store_n(&g->preempt, 1, __ATOMIC_RELAXED);
  __atomic_store_n(&g->stackguard, RT_STACK_PREEMPT, __ATOMIC_RELEASE);
}

void rt_preemptall(void) {
  int32_t n = atomic_load(&rt_gomaxprocs);
  for (int32_t i = 0; i < n; i++)
    if (atomic_load(&rt_allp[i]->status) == P_RUNNING) preemptone(rt_allp[i]);
}

/* through a pointer: ASan instruments calls of noreturn functions to clean the stack's
 * shadow, and warns about (and refuses) a 256 MiB goroutine stack */
static void (*volatile stack_overflow)(RtG *, uintptr_t) = (void (*)(RtG *, uintptr_t))rt_stack_overflow;

/* Called by generated code when `sp - framesize < guard`: a safepoint request, the first
 * descent below the soft guard, or a stack overflow. */
void gort_morestack(uintptr_t framesize) {
  uintptr_t sp = rt_getsp();
  RtG *g = rt_g_of_sp(sp);
  if (__atomic_load_n(&g->stackguard, __ATOMIC_ACQUIRE) == RT_STACK_PREEMPT) {
    __atomic_store_n(&g->stackguard, g->stackguard_real, __ATOMIC_RELEASE);
    __atomic_store_n(&g->preempt, 0, __ATOMIC_RELAXED);
    if (g->m && g->m->p) rt_preempt_yield();
    g = rt_g_of_sp(sp);
  }
  if (sp - framesize >= g->stackguard_real) return;
  if (g->deep || sp - framesize < (uintptr_t)g->stack_lo) stack_overflow(g, sp);
  g->deep = 1;
  g->stackguard_real = (uintptr_t)g->stack_lo;
  __atomic_store_n(&g->stackguard, g->stackguard_real, __ATOMIC_RELEASE);
}

/* a safepoint inside a long runtime operation (a copy or clear of megabytes): a pending
 * preemption or stop-the-world is honoured here instead of after the whole operation (a
 * 7 MB append growth took 14 ms here, page faults included, and held up every collection
 * that began meanwhile). Only where the caller holds no lock and its objects are already
 * allocated: the goroutine may park, and its stack is scanned conservatively meanwhile. */
void rt_poll(void) {
  uintptr_t sp = rt_getsp();
  if (!rt_on_gstack(sp)) return;
  RtG *g = rt_g_of_sp(sp);
  if (__atomic_load_n(&g->stackguard, __ATOMIC_ACQUIRE) == RT_STACK_PREEMPT) gort_morestack(0);
}

/* ---- GOMAXPROCS ---- */

static RtP *newp(int32_t id) {
  RtP *p = calloc(1, sizeof *p);
  if (!p) rt_throw_oom();
  p->id = id;
  p->mcache = rt_cache_new();
  atomic_store(&p->status, P_GCSTOP);
  return p;
}

/* sched.lock held, world stopped: n Ps from now on. Every P but the caller's (m->p) ends up
 * idle, or, when it has work, on the returned list (linked by link) for the caller to start. */
static RtP *procresize_locked(int32_t n, RtM *m) {
  int32_t old = atomic_load(&rt_gomaxprocs);
  for (int32_t i = 0; i < n; i++)
    if (!rt_allp[i]) rt_allp[i] = newp(i);
  for (int32_t i = n; i < old; i++) {   /* destroyed Ps: their goroutines go global */
    RtP *p = rt_allp[i];
    RtG *g = atomic_exchange(&p->runnext, NULL);
    for (;;) {
      if (!g) {
        uint32_t h = atomic_load(&p->runqhead), t = atomic_load(&p->runqtail);
        if (h == t) break;
        g = atomic_load_explicit(&p->runq[h % RT_RUNQ], memory_order_relaxed);
        atomic_store(&p->runqhead, h + 1);
      }
      g->schedlink = NULL;
      if (rt_sched.runqtail) rt_sched.runqtail->schedlink = g;
      else rt_sched.runqhead = g;
      rt_sched.runqtail = g;
      atomic_fetch_add(&rt_sched.runqsize, 1);
      g = NULL;
    }
    rt_cache_release(p->mcache);
    atomic_store(&p->status, P_DEAD);
  }
  atomic_store(&rt_gomaxprocs, n);
  if (m && m->p && m->p->id >= n) {   /* the caller's P is gone: take P0 */
    rt_releasep(m);
    rt_acquirep(m, rt_allp[0]);
  }
  rt_sched.pidle = NULL;
  atomic_store(&rt_sched.npidle, 0);
  RtP *runnable = NULL;
  for (int32_t i = n - 1; i >= 0; i--) {
    RtP *p = rt_allp[i];
    if (m && m->p == p) continue;
    atomic_store(&p->m, NULL);
    uint32_t h = atomic_load(&p->runqhead), t = atomic_load(&p->runqtail);
    if (h == t && !atomic_load(&p->runnext)) {
      atomic_store(&p->status, P_IDLE);
      p->link = rt_sched.pidle;
      rt_sched.pidle = p;
      atomic_fetch_add(&rt_sched.npidle, 1);
    } else {
      atomic_store(&p->status, P_IDLE);
      p->link = runnable;
      runnable = p;
    }
  }
  return runnable;
}

void rt_procresize(int32_t n) {
  pthread_mutex_lock(&rt_sched.lock);
  procresize_locked(n, NULL);
  pthread_mutex_unlock(&rt_sched.lock);
}

/* ---- stop-the-world ---- */

/* from a goroutine (its P keeps running: the caller's) or from a thread without a P (the
 * collector: every P stops) */
void rt_stop_the_world(void) {
  RtM *m = rt_getm();
  RtP *mine = m && rt_on_gstack(rt_getsp()) ? m->p : NULL;
  pthread_mutex_lock(&rt_sched.lock);
  int32_t n = atomic_load(&rt_gomaxprocs);
  rt_sched.stopwait = n;
  atomic_store(&rt_sched.gcwaiting, 1);
  rt_preemptall();
  if (mine) {
    atomic_store(&mine->status, P_GCSTOP);
    rt_sched.stopwait--;
  }
  for (int32_t i = 0; i < n; i++) {
    uint32_t s = P_SYSCALL;
    if (atomic_compare_exchange_strong(&rt_allp[i]->status, &s, P_GCSTOP)) rt_sched.stopwait--;
  }
  RtP *p;
  while ((p = rt_sched.pidle)) {
    rt_sched.pidle = p->link;
    atomic_fetch_sub(&rt_sched.npidle, 1);
    atomic_store(&p->status, P_GCSTOP);
    rt_sched.stopwait--;
  }
  bool wait = rt_sched.stopwait > 0;
  pthread_mutex_unlock(&rt_sched.lock);
  if (wait) {
    for (;;) {
      if (rt_note_tsleep(&rt_sched.stopnote, 100 * 1000)) break;
      rt_preemptall();
    }
    rt_note_clear(&rt_sched.stopnote);
  }
  pthread_mutex_lock(&rt_sched.lock);
  int32_t left = rt_sched.stopwait;
  pthread_mutex_unlock(&rt_sched.lock);
  if (left != 0) rt_fatal("stopTheWorld: not stopped");
}

void rt_start_the_world(void) {
  RtM *m = rt_on_gstack(rt_getsp()) ? rt_getm() : NULL;
  pthread_mutex_lock(&rt_sched.lock);
  int32_t n = rt_sched.newprocs ? rt_sched.newprocs : atomic_load(&rt_gomaxprocs);
  rt_sched.newprocs = 0;
  RtP *runnable = procresize_locked(n, m);
  if (m && m->p) atomic_store(&m->p->status, P_RUNNING);
  atomic_store(&rt_sched.gcwaiting, 0);
  pthread_mutex_unlock(&rt_sched.lock);
  while (runnable) {
    RtP *next = runnable->link;
    rt_handoffp(runnable);
    runnable = next;
  }
  rt_wakep();
}

/* ---- sysmon ---- */

static int retake(int64_t now) {
  int n = 0;
  int32_t procs = atomic_load(&rt_gomaxprocs);
  for (int32_t i = 0; i < procs; i++) {
    RtP *p = rt_allp[i];
    uint32_t s = atomic_load(&p->status);
    bool sysretake = false;
    if (s == P_RUNNING || s == P_SYSCALL) {
      uint32_t t = atomic_load(&p->schedtick);
      if (p->sm_schedtick != t) {
        p->sm_schedtick = t;
        p->sm_schedwhen = now;
      } else if (p->sm_schedwhen + 10 * 1000 * 1000 <= now) {
        preemptone(p);
        sysretake = true;
      }
    }
    if (s == P_SYSCALL) {
      uint32_t t = atomic_load(&p->syscalltick);
      if (!sysretake && p->sm_syscalltick != t) {
        p->sm_syscalltick = t;
        p->sm_syscallwhen = now;
        continue;
      }
      if (rt_runqempty(p) && atomic_load(&rt_sched.nmspinning) + atomic_load(&rt_sched.npidle) > 0 &&
          p->sm_syscallwhen + 10 * 1000 * 1000 > now)
        continue;
      if (atomic_compare_exchange_strong(&p->status, &s, P_IDLE)) {
        n++;
        atomic_fetch_add(&p->syscalltick, 1);
        rt_handoffp(p);
      }
    }
  }
  return n;
}

static void *sysmon(void *arg) {
  (void)arg;
  rt_signal_stack_init();
  int64_t delay = 20 * 1000;
  int idle = 0;
  for (;;) {
    if (idle == 0) delay = 20 * 1000;
    else if (idle > 50) delay *= 2;
    if (delay > 10 * 1000 * 1000) delay = 10 * 1000 * 1000;
    struct timespec ts = {0, delay};
    nanosleep(&ts, NULL);
    int64_t now = rt_nanotime();
    int64_t next = rt_timers_next();
    if (next && next < now && atomic_load(&rt_sched.npidle) > 0) rt_wakep();
    if (atomic_load(&rt_sched.gcwaiting)) {
      idle = 0;
      continue;
    }
    if (retake(now)) idle = 0;
    else idle++;
  }
  return NULL;
}

void rt_sysmon_start(void) {
  pthread_t th;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, (size_t)256 << 10);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (pthread_create(&th, &attr, sysmon, NULL) != 0) rt_fatal("cannot start sysmon");
  pthread_attr_destroy(&attr);
}

/* ---- fatal errors: every goroutine ---- */

static const char *status_word(RtG *g) {
  switch (atomic_load(&g->status)) {
  case G_RUNNABLE: return "runnable";
  case G_RUNNING: return "running";
  case G_SYSCALL: return "syscall";
  case G_WAITING: return g->waitreason ? g->waitreason : "waiting";
  default: return "idle";
  }
}

/* the header, frames and creator of a goroutine that is not running: its frames start at the
 * context its last switch saved (ctx.S's layout: the frame pointer and return address) */
void rt_dump_goroutine(RtBuf *b, RtG *g) {
  rt_buf_printf(b, "goroutine %lld [%s]:\n", (long long)g->id, status_word(g));
  uint32_t s = atomic_load(&g->status);
  if ((s == G_WAITING || s == G_RUNNABLE) && g->sched_sp) {
    const uintptr_t *ctx = g->sched_sp;
#if defined(__x86_64__)
    rt_traceback_g(b, g, ctx[8], ctx[7], 0);
#elif defined(__aarch64__)
    rt_traceback_g(b, g, ctx[11], ctx[10], 0);
#endif
  }
  rt_traceback_created_by(b, g);
}

typedef struct DumpArg { RtBuf *b; RtG *skip; } DumpArg;
static void dump_one(RtG *g, void *arg) {
  DumpArg *d = arg;
  uint32_t s = atomic_load(&g->status);
  if (g == d->skip || s == G_DEAD || s == G_IDLE || g->system) return;
  rt_buf_putc(d->b, '\n');
  rt_dump_goroutine(d->b, g);
}

void rt_dump_all_goroutines(RtBuf *b, RtG *first) {
  DumpArg d = {b, first};
  if (first) rt_dump_goroutine(b, first);
  rt_stack_foreach(dump_one, &d);
}

void rt_dump_other_goroutines(RtBuf *b, RtG *self) {
  DumpArg d = {b, self};
  rt_stack_foreach(dump_one, &d);
}

static void checkdead_main(RtG *g, void *arg) {
  if (g->id == 1) *(RtG **)arg = g;
}

void rt_checkdead(void) {
  if (!rt_sched.main_started) return;
  /* first: whoever will wake a goroutine (the collector thread, a timer) readies it under
   * sched.lock before it stops counting as pending, so the queues below show it */
  if (rt_timers_next() != 0 || rt_gc_busy()) return;
  int32_t run = rt_sched.mcount - rt_sched.nmidle;
  if (run > 0) return;
  if (atomic_load(&rt_sched.runqsize) > 0) return;
  int32_t procs = atomic_load(&rt_gomaxprocs);
  for (int32_t i = 0; i < procs; i++)
    if (!rt_runqempty(rt_allp[i])) return;
  RtG *main_g = NULL;
  rt_stack_foreach(checkdead_main, &main_g);
  if (main_g && atomic_load(&main_g->status) == G_DEAD) main_g = NULL;
  rt_deadlock(main_g);
}

/* every goroutine is blocked for good: Go's fatal error, first's traceback first */
_Noreturn void rt_deadlock(RtG *first) {
  gort_flush();
  RtBuf b;
  rt_buf_init(&b);
  if (rt_sched.main_goexit) {
    rt_buf_puts(&b, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
  } else {
    rt_buf_puts(&b, "fatal error: all goroutines are asleep - deadlock!\n\n");
    rt_dump_all_goroutines(&b, first);
  }
  rt_write(2, b.p, b.len);
  _exit(2);
}

/* ---- package runtime ---- */

void runtime_Gosched(void) {
  uintptr_t sp = rt_getsp();
  if (rt_on_gstack(sp)) rt_gosched();
}

int64_t runtime_NumGoroutine(void) { return atomic_load(&rt_ngoroutines); }

int64_t runtime_NumCPU(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? n : 1;
}

int64_t runtime_GOMAXPROCS(int64_t n) {
  int64_t cur = atomic_load(&rt_gomaxprocs);
  if (cur == 0) {   /* at start: GOMAXPROCS from the environment, else the number of CPUs */
    const char *e = getenv("GOMAXPROCS");
    cur = e && atoi(e) > 0 ? atoi(e) : runtime_NumCPU();
    if (cur > RT_MAXPROCS) cur = RT_MAXPROCS;
    return cur;
  }
  if (n <= 0 || n == cur || !rt_on_gstack(rt_getsp())) return cur;
  if (n > RT_MAXPROCS) n = RT_MAXPROCS;
  rt_semacquire(&rt_worldsema, "GOMAXPROCS");
  rt_stop_the_world();
  rt_sched.newprocs = (int32_t)n;
  rt_start_the_world();
  rt_semrelease(&rt_worldsema, false);
  return cur;
}

bool rt_main_goexit(RtG *g) {
  if (g->id != 1) return false;
  rt_sched.main_goexit = true;
  return true;
}

void runtime_LockOSThread(void) {}
void runtime_UnlockOSThread(void) {}
