/* stdmisc.c — the small packages: time (Now, Since, Sleep, Duration.String exactly like Go: "1.5s",
 * "100ms", "2h0m0s", "0s"), sync (Mutex, RWMutex, WaitGroup, Once) and sync/atomic.
 *
 * sync: the primitives are correct for one goroutine and for goroutines running on threads;
 * every wait loops through sync_wait_pause(), the single point where the scheduler will park
 * the goroutine instead of yielding the thread. A Go struct receiver arrives as a pointer to
 * its declared layout (sema/prelude/sync.go).
 */
#include "lib_internal.h"

#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <time.h>

/* ---- time ---- */

typedef int64_t Duration;
typedef struct Time { int64_t ns; } Time;

static int64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

Time time_Now(void) {
  Time t = {now_ns()};
  return t;
}
Duration time_Since(Time t) { return now_ns() - t.ns; }
Duration time_Time_Sub(Time t, Time u) { return t.ns - u.ns; }
int64_t time_Time_UnixNano(Time t) { return t.ns; }

void time_Sleep(Duration d) {
  if (d <= 0) return;
  gort_flush();
  struct timespec ts = {d / 1000000000, d % 1000000000};
  while (nanosleep(&ts, &ts) != 0) {
  }
}

double time_Duration_Seconds(Duration d) {
  int64_t sec = d / 1000000000, nsec = d % 1000000000;
  return (double)sec + (double)nsec / 1e9;
}
int64_t time_Duration_Milliseconds(Duration d) { return d / 1000000; }
int64_t time_Duration_Microseconds(Duration d) { return d / 1000; }
int64_t time_Duration_Nanoseconds(Duration d) { return d; }

double time_Duration_Minutes(Duration d) {
  int64_t m = d / 60000000000, nsec = d % 60000000000;
  return (double)m + (double)nsec / (60 * 1e9);
}
double time_Duration_Hours(Duration d) {
  int64_t h = d / 3600000000000, nsec = d % 3600000000000;
  return (double)h + (double)nsec / (60 * 60 * 1e9);
}
Duration time_Duration_Truncate(Duration d, Duration m) { return m <= 0 ? d : d - d % m; }

static bool less_than_half(Duration x, Duration y) { return (uint64_t)x + (uint64_t)x < (uint64_t)y; }

Duration time_Duration_Round(Duration d, Duration m) {
  if (m <= 0) return d;
  Duration r = d % m;
  if (d < 0) {
    r = -r;
    if (less_than_half(r, m)) return d + r;
    Duration d1 = (Duration)((uint64_t)d - (uint64_t)m + (uint64_t)r);
    return d1 < d ? d1 : INT64_MIN;
  }
  if (less_than_half(r, m)) return d - r;
  Duration d1 = (Duration)((uint64_t)d + (uint64_t)m - (uint64_t)r);
  return d1 > d ? d1 : INT64_MAX;
}

/* time.After: a channel (capacity 1) that receives the time after d. Until the scheduler
 * owns timers, a detached thread sleeps and sends; pending channels sit in a static table
 * (scanned by the collector as data) so they stay alive. */
static const uint8_t after_mask[1] = {0};
static const GoType time_type = {8, 0, after_mask, 0, GOK_STRUCT, 8, GOTF_NAMED | GOTF_COMPARABLE,
                                 0, "time.Time", NULL, NULL, 0, 0, 0, NULL, NULL};
static const GoType after_chan_type = {8, 8, (const uint8_t[]){1}, 0, GOK_CHAN, 8,
                                       GOTF_COMPARABLE, 2, "<-chan time.Time", &time_type, NULL,
                                       0, 0, 0, NULL, NULL};
enum { AFTER_MAX = 1024 };
static GoChan *after_pending[AFTER_MAX];
static pthread_mutex_t after_lock = PTHREAD_MUTEX_INITIALIZER;

typedef struct AfterArg { int slot; Duration d; } AfterArg;

static void *after_thread(void *p) {
  AfterArg a = *(AfterArg *)p;
  free(p);
  struct timespec ts = {a.d / 1000000000, a.d % 1000000000};
  while (nanosleep(&ts, &ts) != 0) {
  }
  Time t = time_Now();
  pthread_mutex_lock(&after_lock);
  GoChan *c = after_pending[a.slot];
  after_pending[a.slot] = NULL;
  pthread_mutex_unlock(&after_lock);
  gort_chansend(c, &t);
  return NULL;
}

GoChan *time_After(Duration d) {
  GoChan *c = gort_makechan(&after_chan_type, 1);
  if (d <= 0) {
    Time t = time_Now();
    gort_chansend(c, &t);
    return c;
  }
  pthread_mutex_lock(&after_lock);
  int slot = -1;
  for (int i = 0; i < AFTER_MAX && slot < 0; i++)
    if (!after_pending[i]) slot = i;
  if (slot >= 0) after_pending[slot] = c;
  pthread_mutex_unlock(&after_lock);
  if (slot < 0) rt_fatal("time: too many pending time.After timers");
  AfterArg *a = malloc(sizeof *a);
  a->slot = slot;
  a->d = d;
  pthread_t th;
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  pthread_create(&th, &at, after_thread, a);
  pthread_attr_destroy(&at);
  return c;
}

/* fmtFrac: the fraction of v with prec digits, trailing zeros (and the point) omitted */
static int fmt_frac(char *buf, int w, uint64_t *v, int prec) {
  bool print = false;
  for (int i = 0; i < prec; i++) {
    int digit = (int)(*v % 10);
    print = print || digit != 0;
    if (print) buf[--w] = (char)('0' + digit);
    *v /= 10;
  }
  if (print) buf[--w] = '.';
  return w;
}

static int fmt_int(char *buf, int w, uint64_t v) {
  if (v == 0) {
    buf[--w] = '0';
  } else {
    for (; v > 0; v /= 10) buf[--w] = (char)('0' + v % 10);
  }
  return w;
}

GoString time_Duration_String(Duration d) {
  char buf[32];
  int w = 32;
  uint64_t u = (uint64_t)d;
  bool neg = d < 0;
  if (neg) u = -u;
  if (u < 1000000000) {
    int prec;
    buf[--w] = 's';
    if (u == 0) return rt_str_static("0s");
    if (u < 1000) {
      prec = 0;
      buf[--w] = 'n';
    } else if (u < 1000000) {
      prec = 3;
      buf[--w] = (char)0xB5; /* µ = C2 B5 */
      buf[--w] = (char)0xC2;
    } else {
      prec = 6;
      buf[--w] = 'm';
    }
    w = fmt_frac(buf, w, &u, prec);
    w = fmt_int(buf, w, u);
  } else {
    buf[--w] = 's';
    w = fmt_frac(buf, w, &u, 9);
    w = fmt_int(buf, w, u % 60);
    u /= 60;
    if (u > 0) {
      buf[--w] = 'm';
      w = fmt_int(buf, w, u % 60);
      u /= 60;
      if (u > 0) {
        buf[--w] = 'h';
        w = fmt_int(buf, w, u);
      }
    }
  }
  if (neg) buf[--w] = '-';
  return rt_strn(buf + w, 32 - w);
}

/* ---- sync ---- */

typedef struct Mutex { int64_t state; uintptr_t sema; } Mutex;
typedef struct RWMutex { Mutex w; int64_t readers; uintptr_t sema; } RWMutex;
typedef struct WaitGroup { int64_t count; uintptr_t sema; } WaitGroup;
typedef struct Once { uint32_t done; Mutex m; } Once;

int64_t runtime_NumGoroutine(void); /* core runtime */

/* one step of waiting for another goroutine: the scheduler will park here. With no other
 * goroutine nothing can ever wake us: Go's deadlock error (waitreason as Go names it). */
static void sync_wait_pause(const char *waitreason) {
  if (runtime_NumGoroutine() <= 1) {
    rt_getg()->waitreason = waitreason;
    rt_fatal("all goroutines are asleep - deadlock!");
  }
  sched_yield();
}

static bool cas64(int64_t *p, int64_t old, int64_t nw) {
  return __atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

bool sync_Mutex_TryLock(Mutex *m) { return cas64(&m->state, 0, 1); }

void sync_Mutex_Lock(Mutex *m) {
  while (!cas64(&m->state, 0, 1)) sync_wait_pause("sync.Mutex.Lock");
}

void sync_Mutex_Unlock(Mutex *m) {
  if (!cas64(&m->state, 1, 0)) rt_fatal("sync: unlock of unlocked mutex");
}

enum { RW_WRITER = -(1 << 30) };

void sync_RWMutex_Lock(RWMutex *rw) {
  if (!cas64(&rw->w.state, 0, 1)) {
    while (!cas64(&rw->w.state, 0, 1)) sync_wait_pause("sync.RWMutex.Lock");
  }
  while (!cas64(&rw->readers, 0, RW_WRITER)) sync_wait_pause("sync.RWMutex.Lock");
}

void sync_RWMutex_Unlock(RWMutex *rw) {
  if (!cas64(&rw->readers, RW_WRITER, 0)) rt_fatal("sync: Unlock of unlocked RWMutex");
  sync_Mutex_Unlock(&rw->w);
}

void sync_RWMutex_RLock(RWMutex *rw) {
  for (;;) {
    int64_t r = __atomic_load_n(&rw->readers, __ATOMIC_SEQ_CST);
    if (r >= 0 && cas64(&rw->readers, r, r + 1)) return;
    sync_wait_pause("sync.RWMutex.RLock");
  }
}

void sync_RWMutex_RUnlock(RWMutex *rw) {
  if (__atomic_sub_fetch(&rw->readers, 1, __ATOMIC_SEQ_CST) < 0) {
    __atomic_add_fetch(&rw->readers, 1, __ATOMIC_SEQ_CST);
    rt_fatal("sync: RUnlock of unlocked RWMutex");
  }
}

void sync_WaitGroup_Add(WaitGroup *wg, int64_t delta) {
  if (__atomic_add_fetch(&wg->count, delta, __ATOMIC_SEQ_CST) < 0)
    rt_panic_string("sync: negative WaitGroup counter");
}

void sync_WaitGroup_Done(WaitGroup *wg) { sync_WaitGroup_Add(wg, -1); }

void sync_WaitGroup_Wait(WaitGroup *wg) {
  while (__atomic_load_n(&wg->count, __ATOMIC_SEQ_CST) != 0) sync_wait_pause("semacquire");
}

/* Do: f runs once; no call returns before that run has finished, and a panicking f still
 * counts as done (Go's doSlow: defer Unlock; defer done = 1). The deferred part is a C
 * closure on a GoFrame, so a panic unwinding through f runs it too. */
typedef struct OnceDefer { void *fn; Once *o; } OnceDefer;

static void once_finish(void *rec) {
  Once *o = ((OnceDefer *)rec)->o;
  __atomic_store_n(&o->done, 1, __ATOMIC_SEQ_CST);
  sync_Mutex_Unlock(&o->m);
}

void sync_Once_Do(Once *o, void *f) {
  if (__atomic_load_n(&o->done, __ATOMIC_SEQ_CST)) return;
  sync_Mutex_Lock(&o->m);
  if (o->done) {
    sync_Mutex_Unlock(&o->m);
    return;
  }
  OnceDefer d = {(void *)once_finish, o};
  GoFrame fr;
  gort_frame_push(&fr);
  gort_defer(&fr, &d);
  if (!f) gort_panic_nil();
  ((void (*)(void *)) * (void **)f)(f);
  gort_frame_pop(&fr);
}

/* ---- sync/atomic ---- */

int32_t atomic_AddInt32(int32_t *p, int32_t d) { return __atomic_add_fetch(p, d, __ATOMIC_SEQ_CST); }
int64_t atomic_AddInt64(int64_t *p, int64_t d) { return __atomic_add_fetch(p, d, __ATOMIC_SEQ_CST); }
uint32_t atomic_AddUint32(uint32_t *p, uint32_t d) {
  return __atomic_add_fetch(p, d, __ATOMIC_SEQ_CST);
}
uint64_t atomic_AddUint64(uint64_t *p, uint64_t d) {
  return __atomic_add_fetch(p, d, __ATOMIC_SEQ_CST);
}
bool atomic_CompareAndSwapInt32(int32_t *p, int32_t old, int32_t nw) {
  return __atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
bool atomic_CompareAndSwapInt64(int64_t *p, int64_t old, int64_t nw) { return cas64(p, old, nw); }
int32_t atomic_LoadInt32(int32_t *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
int64_t atomic_LoadInt64(int64_t *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
uint32_t atomic_LoadUint32(uint32_t *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
uint64_t atomic_LoadUint64(uint64_t *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
void atomic_StoreInt32(int32_t *p, int32_t v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }
void atomic_StoreInt64(int64_t *p, int64_t v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }
void atomic_StoreUint32(uint32_t *p, uint32_t v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }
void atomic_StoreUint64(uint64_t *p, uint64_t v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }
int32_t atomic_SwapInt32(int32_t *p, int32_t v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); }
int64_t atomic_SwapInt64(int64_t *p, int64_t v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); }
bool atomic_CompareAndSwapUint32(uint32_t *p, uint32_t old, uint32_t nw) {
  return __atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
bool atomic_CompareAndSwapUint64(uint64_t *p, uint64_t old, uint64_t nw) {
  return __atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
