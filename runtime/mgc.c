/* mgc.c — the garbage collector's cycle: a concurrent tri-color mark-sweep (DESIGN §6), on by
 * default, paced by GOGC, in the miniature of Go's runtime/mgc.go.
 *
 * The invariant: no black object points to a white object that is unreachable from grey
 * objects — maintained here in its snapshot-at-the-beginning form: every object reachable
 * when the mark starts gets marked. The write barrier (mgcmark.c) shades the value a pointer
 * store overwrites, objects allocated while marking are black, and every goroutine stack is
 * scanned before its goroutine runs again after the mark starts (with the world stopped for
 * goroutines in system calls, else concurrently: mgcmark.c), so no stack is ever rescanned.
 *
 * A cycle, run by the collector thread (gcworker below; it holds no P and runs no Go code):
 *   1. Sweep termination (concurrent): finish sweeping the previous cycle's spans.
 *   2. Mark setup — stop the world: turn the write barrier on (gort_writebarrier = 1,
 *      gc_phase = MARK), grey the roots (globals, timers, the stacks of goroutines in system
 *      calls) and move gc_scan_epoch on; start the world, then scan every other goroutine's
 *      stack, saved registers, defers and panics (the scheduler scans one itself if it is
 *      about to run it first). This pause is clock "a" of gctrace.
 *   3. Concurrent mark: the collector thread drains the grey queue while goroutines run;
 *      allocating goroutines help (assists: for every span they take, scan work in the ratio
 *      of the last mark's scan work to the heap left until the goal, so that the mark ends before
 *      the goal; past it by 10% they wait for the cycle to end, so the heap cannot outrun
 *      the marker); the barrier feeds newly shaded objects in. The mark ends when the queue
 *      is dry and no assist holds grey objects of its own. Clock "b".
 *   4. Mark termination — stop the world: flush every P's barrier buffer, drain what remains,
 *      optionally re-mark to verify (gccheckmark) and verify the heap (gcverify); turn the
 *      barrier off, uncache every span, take the sweep list (sweepgen += 2), set the next goal
 *      from the marked bytes: goal = marked × (1 + GOGC/100), at least 4 MiB; start the world.
 *      Clock "c".
 *   5. Sweep (concurrent): the collector thread sweeps the list while allocations sweep what
 *      they need; then free pages beyond the goal's headroom go back to the OS (madvise).
 *   The next cycle starts when heap_live reaches the trigger (70% of the way from the marked
 *   bytes to the goal), on runtime.GC(), or (GOSUBDEBUG=gcstress=N) every N allocations.
 *
 * Who runs what: the collector thread stops and starts the world through the scheduler
 * (rt_stop_the_world from a thread without a P) under rt_worldsema; goroutines only request
 * cycles and wait for them (they never collect on their own stacks, except without a
 * scheduler: unit tests, where runtime.GC collects on the calling thread).
 *
 * Example (GOGC=100, 10 MiB marked last time): goal 20 MiB, trigger 17 MiB. At 17 MiB an
 * allocation wakes the collector; if the last mark scanned 6 MiB (objects with pointers), the
 * assist ratio is 6 / (20 - 17) = 2: a goroutine that takes a 32 KiB span scans 64 KiB; marking takes 3 ms while the program allocates 1 MiB
 * (black);
 * at mark termination 12 MiB are marked: goal 24 MiB, trigger 20.4 MiB; sweeping frees what
 * is left of the 18 MiB.
 */
#include "heap.h"
#include "rtsched.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

uint32_t gc_phase;
uint32_t heap_sweepgen = 2;
volatile uint32_t gort_writebarrier;
int gc_percent = 100;
int gc_stress;
static int stress_left;      /* atomic */
static bool gc_check, gc_verify_on, gc_trace;
uint64_t gc_goal = (uint64_t)4 << 20, gc_trigger = (uint64_t)4 << 20;
uint64_t gc_marked_bytes;
static int64_t gc_start_ns;

/* statistics for ReadMemStats and gctrace (gc_stats_lock) */
static pthread_mutex_t gc_stats_lock = PTHREAD_MUTEX_INITIALIZER;
RtGcStats rt_gcstats;

/* the collector thread's mailbox: cycles requested and completed (gc_lock) */
static pthread_mutex_t gc_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gc_cond = PTHREAD_COND_INITIALIZER;
static uint32_t cycles_requested, cycles_done;   /* gc_lock */
static uint32_t cycles_notified;   /* gc_lock: cycles whose waiters have been readied */
static uint32_t forced_pending;
static bool worker_started;
static RtNotifyList done_list;   /* goroutines waiting for a cycle to complete */

/* goal = marked + (marked + stacks + globals) × GOGC/100, at least Go's heap minimum
 * 4 MiB × GOGC/100 — as Go 1.18+ counts the stack and global bytes the last mark scanned
 * (gcControllerState.commit): 100,000 goroutines' stacks are scan work the heap alone does
 * not show. The next cycle starts 70% of the way there (heap_lock held, or before any
 * goroutine runs). */
static void set_goal(uint64_t marked) {
  if (gc_percent < 0) {
    gc_goal = gc_trigger = UINT64_MAX;
    return;
  }
  uint64_t roots = __atomic_load_n(&gc_stack_bytes, __ATOMIC_RELAXED) +
                   __atomic_load_n(&gc_global_bytes, __ATOMIC_RELAXED);
  uint64_t goal = marked + (marked + roots) * (uint64_t)gc_percent / 100;
  uint64_t min = ((uint64_t)4 << 20) * (uint64_t)gc_percent / 100;
  if (goal < min) goal = min;
  gc_goal = goal;
  gc_trigger = marked + (goal - marked) * 7 / 10;
}

void gc_init(void) {
  const char *d = getenv("GOSUBDEBUG");
  if (d && strstr(d, "gcverify=1")) gc_verify_on = true;
  if (d && strstr(d, "gccheckmark=1")) gc_check = true;
  const char *st = d ? strstr(d, "gcstress=") : NULL;
  if (st && atoi(st + 9) > 0) gc_stress = stress_left = atoi(st + 9);
  const char *g = getenv("GOGC");
  if (g && strcmp(g, "off") == 0) gc_percent = -1;
  else if (g && *g) gc_percent = atoi(g);
  const char *t = getenv("GODEBUG");
  if (t && strstr(t, "gctrace=1")) gc_trace = true;
  gc_start_ns = rt_nanotime();
  set_goal(0);
}

/* ---- gctrace: Go's format (runtime/mgc.go gcMarkTermination) ---- */

/* itoaDiv: val / 10^dec with dec decimals */
static int itoa_div(char *buf, uint64_t val, int dec) {
  char tmp[32];
  int i = (int)sizeof tmp - 1, n = 0;
  tmp[i] = 0;
  int idec = i - dec;
  while (val >= 10 || i >= idec) {
    tmp[--i] = (char)('0' + val % 10);
    if (i == idec) tmp[--i] = '.';
    val /= 10;
  }
  tmp[--i] = (char)('0' + val);
  while (tmp[i]) buf[n++] = tmp[i++];
  buf[n] = 0;
  return n;
}

/* fmtNSAsMS */
static int fmt_ms(char *buf, uint64_t ns) {
  if (ns >= 10000000) return itoa_div(buf, ns / 1000000, 0);
  uint64_t x = ns / 1000;
  if (x == 0) {
    buf[0] = '0';
    buf[1] = 0;
    return 1;
  }
  int dec = 3;
  while (x >= 100) {
    x /= 10;
    dec--;
  }
  return itoa_div(buf, x, dec);
}

typedef struct Cycle {
  int64_t t_start, t_mark, t_markterm, t_end;   /* clock */
  int64_t cpu_sweepterm, cpu_assist, cpu_mark, cpu_markterm;
  uint64_t heap0, heap1, heap2, goal;
  int32_t procs;
  bool forced;
} Cycle;

static uint64_t assist_ns;   /* atomic: time goroutines spent assisting this cycle */
/* bytes an assist scans per byte allocated during the mark, ×16: the last mark's scan work
 * (bytes of pointer-bearing objects scanned) over the heap left until the goal (Go's assist ratio, simplified), so that the marker and the
 * assists finish before the allocations reach the goal; at least 2, at most 16 */
static uint64_t assist_ratio16 = 32;
static uint64_t last_scan_work;   /* bytes scanned by the last mark */
static int32_t assists_active;   /* atomic: goroutines inside an assist's drain */

static void trace_cycle(Cycle *c, uint32_t n) {
  char line[320], a[32], b[32], cc[32], d[32], e[32], f[32], h[32], at[32];
  itoa_div(at, (uint64_t)(c->t_start - gc_start_ns) / 1000000, 3);
  fmt_ms(a, (uint64_t)(c->t_mark - c->t_start));
  fmt_ms(b, (uint64_t)(c->t_markterm - c->t_mark));
  fmt_ms(cc, (uint64_t)(c->t_end - c->t_markterm));
  fmt_ms(d, (uint64_t)c->cpu_sweepterm);
  fmt_ms(e, (uint64_t)c->cpu_assist);
  fmt_ms(f, (uint64_t)c->cpu_mark);
  fmt_ms(h, (uint64_t)c->cpu_markterm);
  double total = (double)(c->t_end - gc_start_ns);
  int util = total > 0 ? (int)(100.0 * (double)rt_gcstats.cpu_ns / total / c->procs) : 0;
  int len = snprintf(line, sizeof line,
                     "gc %u @%ss %d%%: %s+%s+%s ms clock, %s+%s/%s/0+%s ms cpu, "
                     "%llu->%llu->%llu MB, %llu MB goal, %llu MB stacks, %llu MB globals, %d P%s\n",
                     n, at, util, a, b, cc, d, e, f, h, (unsigned long long)(c->heap0 >> 20),
                     (unsigned long long)(c->heap1 >> 20), (unsigned long long)(c->heap2 >> 20),
                     (unsigned long long)(c->goal >> 20), (unsigned long long)(gc_stack_bytes >> 20),
                     (unsigned long long)(gc_global_bytes >> 20), c->procs,
                     c->forced ? " (forced)" : "");
  rt_write(2, line, len);
}

/* ---- one cycle (the collector thread, or the caller without a scheduler) ---- */

/* a finished cycle: its two stop-the-world pauses (one PauseNs entry, like Go's) */
static void record_pause(int64_t p1, int64_t p2, int64_t end_wall, bool forced) {
  pthread_mutex_lock(&gc_stats_lock);
  uint32_t i = rt_gcstats.num_gc++ % 256;
  if (forced) rt_gcstats.num_forced_gc++;
  rt_gcstats.pause_total_ns += (uint64_t)(p1 + p2);
  rt_gcstats.pause_ns[i] = (uint64_t)(p1 + p2);
  rt_gcstats.pause_end[i] = (uint64_t)end_wall;
  rt_gcstats.last_gc = (uint64_t)end_wall;
  if ((uint64_t)p1 > rt_gcstats.max_pause_ns) rt_gcstats.max_pause_ns = (uint64_t)p1;
  if ((uint64_t)p2 > rt_gcstats.max_pause_ns) rt_gcstats.max_pause_ns = (uint64_t)p2;
  pthread_mutex_unlock(&gc_stats_lock);
}

static int64_t wall_ns(void) {
  struct timespec w;
  clock_gettime(CLOCK_REALTIME, &w);
  return (int64_t)w.tv_sec * 1000000000 + w.tv_nsec;
}

static void cycle(bool forced) {
  Cycle c = {0};
  c.forced = forced;
  c.procs = atomic_load(&rt_gomaxprocs);
  if (c.procs < 1) c.procs = 1;
  gc_sweep_finish();   /* 1. sweep termination: the last spans, with the world running */
  c.t_start = rt_nanotime();   /* (so gctrace's a is the stop-the-world only, as in Go) */
  c.heap0 = __atomic_load_n(&heap_live, __ATOMIC_RELAXED);
  bool sched = rt_sched.main_started;

  /* 2. mark setup */
  int64_t p0 = rt_nanotime();
  (void)p0;
  if (sched) rt_stop_the_world();
  gc_marked_sum(true);
  __atomic_store_n(&assist_ns, 0, __ATOMIC_RELAXED);
  {
    uint64_t live = __atomic_load_n(&heap_live, __ATOMIC_RELAXED);
    uint64_t runway = gc_goal > live ? gc_goal - live : 0;
    uint64_t work = last_scan_work;
    __atomic_store_n(&gc_scan_work, 0, __ATOMIC_RELAXED);
    uint64_t r = runway > ((uint64_t)1 << 20) ? work * 16 / runway : 256;
    __atomic_store_n(&assist_ratio16, r < 8 ? 8 : r > 256 ? 256 : r, __ATOMIC_RELAXED);
  }
  __atomic_store_n(&gc_phase, GC_MARK, __ATOMIC_RELEASE);
  __atomic_store_n(&gort_writebarrier, 1, __ATOMIC_RELEASE);
  gc_mark_roots();
  if (sched) rt_start_the_world();
  c.t_mark = rt_nanotime();
  int64_t pause1 = c.t_mark - p0;
  c.cpu_sweepterm = c.t_mark - c.t_start;
  gc_scan_pending();   /* the goroutines' stacks, while they stay switched out */

  /* 3. concurrent mark, until the queue is dry and no assist holds grey objects in its own
   * buffer (they would be left for the stop-the-world: a 15 ms mark termination) */
  for (;;) {
    if (gc_drain(1 << 20) && __atomic_load_n(&assists_active, __ATOMIC_ACQUIRE) == 0 &&
        gc_work_empty())
      break;
    if (gc_work_empty()) {
      struct timespec ts = {0, 20000};
      nanosleep(&ts, NULL);
    }
  }
  c.t_markterm = rt_nanotime();
  c.cpu_mark = c.t_markterm - c.t_mark;

  /* 4. mark termination */
  if (sched) rt_stop_the_world();
  if (gc_check) gc_check_scanned();
  gc_flush_all();
  gc_drain(-1);
  if (gc_check) gc_checkmark();
  if (gc_verify_on) gc_verify();
  __atomic_store_n(&gort_writebarrier, 0, __ATOMIC_RELEASE);
  __atomic_store_n(&gc_phase, GC_OFF, __ATOMIC_RELEASE);
  pthread_mutex_lock(&heap_lock);
  heap_uncache_all();
  gc_sweep_start();
  uint64_t marked = gc_marked_sum(false);
  last_scan_work = __atomic_load_n(&gc_scan_work, __ATOMIC_RELAXED);
  __atomic_store_n(&gc_marked_bytes, marked, __ATOMIC_RELAXED);
  c.heap1 = __atomic_load_n(&heap_live, __ATOMIC_RELAXED);
  __atomic_store_n(&heap_live, marked, __ATOMIC_RELAXED);
  set_goal(marked);
  pthread_mutex_unlock(&heap_lock);
  c.heap2 = marked;
  c.goal = gc_goal;
  if (sched) rt_start_the_world();
  c.t_end = rt_nanotime();
  record_pause(pause1, c.t_end - c.t_markterm, wall_ns(), forced);
  c.cpu_markterm = c.t_end - c.t_markterm;
  c.cpu_assist = (int64_t)__atomic_load_n(&assist_ns, __ATOMIC_RELAXED);
  pthread_mutex_lock(&gc_stats_lock);
  rt_gcstats.cpu_ns += (uint64_t)(c.cpu_sweepterm + c.cpu_mark + c.cpu_markterm + c.cpu_assist);
  uint32_t n = rt_gcstats.num_gc;
  pthread_mutex_unlock(&gc_stats_lock);
  if (gc_trace) trace_cycle(&c, n);
}

/* 5. after the cycle: sweep everything, then give memory back */
static void sweep_and_scavenge(void) {
  while (gc_sweep_one()) {}
  pthread_mutex_lock(&heap_lock);
  uint64_t live = __atomic_load_n(&heap_live, __ATOMIC_RELAXED);
  uint64_t room = gc_goal > live ? gc_goal - live : 0;
  heap_scavenge(room + ((uint64_t)4 << 20));
  pthread_mutex_unlock(&heap_lock);
}

/* ---- the collector thread ---- */

static void acquire_world(void) {   /* rt_worldsema from a thread that cannot park */
  for (;;) {
    uint32_t v = __atomic_load_n(&rt_worldsema, __ATOMIC_ACQUIRE);
    if (v > 0 && __atomic_compare_exchange_n(&rt_worldsema, &v, v - 1, false, __ATOMIC_ACQ_REL,
                                             __ATOMIC_ACQUIRE))
      return;
    struct timespec ts = {0, 20000};
    nanosleep(&ts, NULL);
  }
}

static void *gcworker(void *arg) {
  (void)arg;
  rt_signal_stack_init();
  for (;;) {
    pthread_mutex_lock(&gc_lock);
    while (cycles_done == cycles_requested) pthread_cond_wait(&gc_cond, &gc_lock);
    bool forced = forced_pending > 0;
    if (forced) forced_pending--;
    pthread_mutex_unlock(&gc_lock);
    /* GOGC=off (or debug.SetGCPercent(-1)) since the request: only forced cycles run */
    if (forced || __atomic_load_n(&gc_percent, __ATOMIC_RELAXED) >= 0) {
      acquire_world();
      cycle(forced);
      rt_semrelease(&rt_worldsema, false);
      sweep_and_scavenge();
    }
    pthread_mutex_lock(&gc_lock);
    cycles_done++;
    pthread_mutex_unlock(&gc_lock);
    rt_notify_all(&done_list);
    pthread_mutex_lock(&gc_lock);
    cycles_notified = cycles_done;
    pthread_mutex_unlock(&gc_lock);
    /* the last M may have gone to sleep while this cycle counted as pending work: if every
     * goroutine is blocked for good now, say so */
    pthread_mutex_lock(&rt_sched.lock);
    rt_checkdead();
    pthread_mutex_unlock(&rt_sched.lock);
  }
  return NULL;
}

static void start_worker(void) {
  pthread_mutex_lock(&gc_lock);
  bool start = !worker_started;
  worker_started = true;
  pthread_mutex_unlock(&gc_lock);
  if (!start) return;
  pthread_t th;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, (size_t)1 << 20);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (pthread_create(&th, &attr, gcworker, NULL) != 0) rt_fatal("cannot start the collector");
  pthread_attr_destroy(&attr);
}

/* ask for a cycle; returns the number of cycles that will be done once it is */
static uint32_t request(bool forced) {
  start_worker();
  pthread_mutex_lock(&gc_lock);
  /* a cycle requested but not started yet serves this request too, unless forced */
  if (cycles_requested == cycles_done || forced) {
    cycles_requested++;
    if (forced) forced_pending++;
  }
  uint32_t target = cycles_requested;
  pthread_cond_signal(&gc_cond);
  pthread_mutex_unlock(&gc_lock);
  return target;
}

static bool can_wait(void) { return rt_sched.main_started && rt_on_gstack(rt_getsp()); }

static void wait_for(uint32_t target) {
  for (;;) {
    uint32_t t = rt_notify_add(&done_list);
    pthread_mutex_lock(&gc_lock);
    bool done = (int32_t)(cycles_done - target) >= 0;
    pthread_mutex_unlock(&gc_lock);
    if (done) return;   /* the unused ticket is harmless: the next notify_all passes it */
    rt_notify_wait(&done_list, t, "GC");
  }
}

bool rt_gc_busy(void) {
  pthread_mutex_lock(&gc_lock);
  bool busy = cycles_requested != cycles_notified;
  pthread_mutex_unlock(&gc_lock);
  return busy;
}

/* a whole cycle for runtime.GC and gcstress: the caller waits for it */
void gc_run(bool forced) {
  if (!rt_sched.main_started) {
    /* no scheduler (unit tests, before main): collect on this thread; nothing else runs */
    if (rt_on_gstack(rt_getsp())) return;
    cycle(forced);
    sweep_and_scavenge();
    return;
  }
  if (!can_wait()) return;
  wait_for(request(forced));
}

void runtime_GC(void) { gc_run(true); }

/* GOSUBDEBUG=gcstress=N: every N allocations ask for a cycle without waiting for it, so that
 * cycles follow each other back to back while the program runs: the barrier is on most of
 * the time, and every mark termination is checked (with gccheckmark=1). Without a
 * scheduler (unit tests), collect right away. */
void gc_stress_tick(void) {
  if (__atomic_sub_fetch(&stress_left, 1, __ATOMIC_RELAXED) > 0) return;
  __atomic_store_n(&stress_left, gc_stress, __ATOMIC_RELAXED);
  if (!rt_sched.main_started) {
    gc_run(false);
    return;
  }
  pthread_mutex_lock(&gc_lock);
  bool idle = cycles_requested == cycles_done;
  pthread_mutex_unlock(&gc_lock);
  if (idle) request(false);
}

/* ---- pacing and assists: every allocation slow path (a span or a large object) ---- */

/* an assist's drain: counted, so that the marker does not end the mark while an assist
 * still holds grey objects in its own buffer */
static bool assist_drain(int64_t budget) {
  __atomic_add_fetch(&assists_active, 1, __ATOMIC_ACQ_REL);
  bool dry = gc_drain(budget);
  __atomic_sub_fetch(&assists_active, 1, __ATOMIC_ACQ_REL);
  return dry;
}

void gc_alloc_slow(uint64_t bytes) {
  if (gc_percent < 0) return;
  uint64_t live = __atomic_load_n(&heap_live, __ATOMIC_RELAXED) + bytes;
  uint32_t phase = __atomic_load_n(&gc_phase, __ATOMIC_ACQUIRE);
  if (phase == GC_OFF) {
    if (live < gc_trigger || !rt_sched.main_started) return;
    pthread_mutex_lock(&gc_lock);
    bool idle = cycles_requested == cycles_done;
    uint32_t target = cycles_requested;
    pthread_mutex_unlock(&gc_lock);
    if (idle) target = request(false);
    /* at the goal and the cycle not started yet (the collector thread waits for a core):
     * the heap may not grow past it; wait for the cycle, as Go's allocating goroutine would
     * run it */
    if (live >= gc_goal && can_wait()) wait_for(target);
    return;
  }
  if (!can_wait()) return;
  /* assist: scan in proportion to what we allocate (a span's worth), until the queue is
   * dry */
  int64_t t0 = rt_nanotime();
  assist_drain((int64_t)(bytes * __atomic_load_n(&assist_ratio16, __ATOMIC_RELAXED) / 16));
  /* past the goal: the heap may not outrun the marker; wait for the cycle to end */
  if (live > gc_goal + gc_goal / 10 && __atomic_load_n(&gc_phase, __ATOMIC_ACQUIRE) != GC_OFF) {
    while (!assist_drain(1 << 16) && __atomic_load_n(&gc_phase, __ATOMIC_ACQUIRE) != GC_OFF)
      rt_poll();   /* (a drain stops early when a stop-the-world is asked for) */
    pthread_mutex_lock(&gc_lock);
    uint32_t target = cycles_done + 1;
    pthread_mutex_unlock(&gc_lock);
    if (__atomic_load_n(&gc_phase, __ATOMIC_ACQUIRE) != GC_OFF) wait_for(target);
  }
  __atomic_add_fetch(&assist_ns, (uint64_t)(rt_nanotime() - t0), __ATOMIC_RELAXED);
}

/* ---- runtime/debug ---- */

int64_t debug_SetGCPercent(int64_t percent) {
  pthread_mutex_lock(&heap_lock);
  int64_t old = gc_percent;
  __atomic_store_n(&gc_percent, percent < 0 ? -1 : (int)percent, __ATOMIC_RELAXED);
  set_goal(__atomic_load_n(&gc_marked_bytes, __ATOMIC_RELAXED));
  pthread_mutex_unlock(&heap_lock);
  /* as Go: turning the collector off waits for a cycle in progress to end */
  if (percent < 0 && can_wait()) {
    pthread_mutex_lock(&gc_lock);
    uint32_t target = cycles_requested;
    pthread_mutex_unlock(&gc_lock);
    wait_for(target);
  }
  return old;
}

void debug_FreeOSMemory(void) {
  gc_run(true);
  pthread_mutex_lock(&heap_lock);
  heap_scavenge(0);
  pthread_mutex_unlock(&heap_lock);
}

/* ReadMemStats: the collector's part */
void gc_read_stats(GoMemStats *m) {
  pthread_mutex_lock(&gc_stats_lock);
  m->NumGC = rt_gcstats.num_gc;
  m->NumForcedGC = rt_gcstats.num_forced_gc;
  m->PauseTotalNs = rt_gcstats.pause_total_ns;
  m->LastGC = rt_gcstats.last_gc;
  memcpy(m->PauseNs, rt_gcstats.pause_ns, sizeof m->PauseNs);
  memcpy(m->PauseEnd, rt_gcstats.pause_end, sizeof m->PauseEnd);
  double elapsed = (double)(rt_nanotime() - gc_start_ns);
  int32_t procs = atomic_load(&rt_gomaxprocs);
  if (elapsed > 0 && procs > 0) m->GCCPUFraction = (double)rt_gcstats.cpu_ns / elapsed / procs;
  pthread_mutex_unlock(&gc_stats_lock);
}
