/* sync.c — packages sync and sync/atomic (gosub's own: they are bound to the scheduler).
 * The layouts are sema/prelude/sync.go's and atomic.go's; receivers arrive as pointers.
 *
 * Mutex (Go's sync/mutex.go, normal and starvation modes): state holds the locked bit, the
 * woken bit (a waiter was woken and is competing: Unlock need not wake another), the
 * starving bit and the number of waiters; sema is the semaphore waiters park on (sema.c).
 * A waiter that has waited more than 1 ms switches the mutex to starvation mode, where Unlock
 * hands the mutex directly to the first waiter, so nobody waits forever.
 * RWMutex, WaitGroup, Once and Cond follow Go's algorithms likewise; a goroutine that waits
 * parks ("semacquire", "sync.Cond.Wait"), it never holds its thread.
 *
 * Example: two goroutines Lock a Mutex: A takes it (CAS 0 → locked); B finds it locked,
 * adds itself as a waiter and parks on sema; A's Unlock sees a waiter and no woken bit,
 * sets woken, semrelease wakes B, B retries and takes the lock.
 */
#include "rtsched.h"
#include <stdio.h>
#include <stdlib.h>

#if defined(__x86_64__)
#define cpu_relax() __builtin_ia32_pause()
#elif defined(__aarch64__)
#define cpu_relax() __asm__ volatile("yield")
#else
#define cpu_relax() ((void)0)
#endif

/* ---- Mutex ---- */

typedef struct Mutex { int32_t state; uint32_t sema; } Mutex;
enum {
  M_LOCKED = 1, M_WOKEN = 2, M_STARVING = 4, M_WAITER_SHIFT = 3,
  STARVATION_NS = 1000000,
};

static bool cas32(int32_t *p, int32_t old, int32_t nw) {
  return __atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}

bool sync_Mutex_TryLock(Mutex *m) {
  int32_t old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
  if (old & (M_LOCKED | M_STARVING)) return false;
  return cas32(&m->state, old, old | M_LOCKED);
}

static void mutex_lock_slow(Mutex *m) {
  int64_t wait_start = 0;
  bool starving = false, awoke = false;
  int iter = 0;
  int32_t old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
  for (;;) {
    /* spin a little while the owner runs (multicore, not starving) */
    if ((old & (M_LOCKED | M_STARVING)) == M_LOCKED && iter < 4 && atomic_load(&rt_gomaxprocs) > 1) {
      if (!awoke && !(old & M_WOKEN) && (old >> M_WAITER_SHIFT) != 0 &&
          cas32(&m->state, old, old | M_WOKEN))
        awoke = true;
      for (int i = 0; i < 30; i++) cpu_relax();
      iter++;
      old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
      continue;
    }
    int32_t nw = old;
    if (!(old & M_STARVING)) nw |= M_LOCKED;
    if (old & (M_LOCKED | M_STARVING)) nw += 1 << M_WAITER_SHIFT;
    if (starving && (old & M_LOCKED)) nw |= M_STARVING;
    if (awoke) {
      if (!(nw & M_WOKEN)) rt_fatal("sync: inconsistent mutex state");
      nw &= ~M_WOKEN;
    }
    if (cas32(&m->state, old, nw)) {
      if (!(old & (M_LOCKED | M_STARVING))) return;   /* locked with CAS */
      bool queued = wait_start != 0;
      if (!queued) wait_start = rt_nanotime();
      (void)queued;
      rt_semacquire(&m->sema, "semacquire");
      starving = starving || rt_nanotime() - wait_start > STARVATION_NS;
      old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
      if (old & M_STARVING) {
        /* handed to us directly: fix up the state */
        if ((old & (M_LOCKED | M_WOKEN)) || (old >> M_WAITER_SHIFT) == 0)
          rt_fatal("sync: inconsistent mutex state");
        int32_t delta = M_LOCKED - (1 << M_WAITER_SHIFT);
        if (!starving || (old >> M_WAITER_SHIFT) == 1) delta -= M_STARVING;
        __atomic_add_fetch(&m->state, delta, __ATOMIC_ACQ_REL);
        return;
      }
      awoke = true;
      iter = 0;
    } else {
      old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
    }
  }
}

void sync_Mutex_Lock(Mutex *m) {
  if (cas32(&m->state, 0, M_LOCKED)) return;
  mutex_lock_slow(m);
}

static void mutex_unlock_slow(Mutex *m, int32_t nw) {
  if (!((nw + M_LOCKED) & M_LOCKED)) rt_fatal("sync: unlock of unlocked mutex");
  if (!(nw & M_STARVING)) {
    int32_t old = nw;
    for (;;) {
      if ((old >> M_WAITER_SHIFT) == 0 || (old & (M_LOCKED | M_WOKEN | M_STARVING))) return;
      nw = (old - (1 << M_WAITER_SHIFT)) | M_WOKEN;
      if (cas32(&m->state, old, nw)) {
        rt_semrelease(&m->sema, false);
        return;
      }
      old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
    }
  }
  rt_semrelease(&m->sema, true);   /* starving: hand off to the first waiter */
}

void sync_Mutex_Unlock(Mutex *m) {
  int32_t nw = __atomic_add_fetch(&m->state, -M_LOCKED, __ATOMIC_ACQ_REL);
  if (nw != 0) mutex_unlock_slow(m, nw);
}

/* ---- RWMutex ---- */

typedef struct RWMutex {
  Mutex w;
  uint32_t writerSem, readerSem;
  int32_t readerCount, readerWait;
} RWMutex;
enum { RW_MAX_READERS = 1 << 30 };

void sync_RWMutex_RLock(RWMutex *rw) {
  if (__atomic_add_fetch(&rw->readerCount, 1, __ATOMIC_ACQ_REL) < 0)
    rt_semacquire(&rw->readerSem, "semacquire");
}

bool sync_RWMutex_TryRLock(RWMutex *rw) {
  for (;;) {
    int32_t c = __atomic_load_n(&rw->readerCount, __ATOMIC_ACQUIRE);
    if (c < 0) return false;
    if (cas32(&rw->readerCount, c, c + 1)) return true;
  }
}

void sync_RWMutex_RUnlock(RWMutex *rw) {
  int32_t r = __atomic_add_fetch(&rw->readerCount, -1, __ATOMIC_ACQ_REL);
  if (r >= 0) return;
  if (r + 1 == 0 || r + 1 == -RW_MAX_READERS) rt_fatal("sync: RUnlock of unlocked RWMutex");
  if (__atomic_add_fetch(&rw->readerWait, -1, __ATOMIC_ACQ_REL) == 0)
    rt_semrelease(&rw->writerSem, false);   /* the last reader lets the writer in */
}

void sync_RWMutex_Lock(RWMutex *rw) {
  sync_Mutex_Lock(&rw->w);
  int32_t r = __atomic_add_fetch(&rw->readerCount, -RW_MAX_READERS, __ATOMIC_ACQ_REL) + RW_MAX_READERS;
  if (r != 0 && __atomic_add_fetch(&rw->readerWait, r, __ATOMIC_ACQ_REL) != 0)
    rt_semacquire(&rw->writerSem, "semacquire");
}

bool sync_RWMutex_TryLock(RWMutex *rw) {
  if (!sync_Mutex_TryLock(&rw->w)) return false;
  if (!cas32(&rw->readerCount, 0, -RW_MAX_READERS)) {
    sync_Mutex_Unlock(&rw->w);
    return false;
  }
  return true;
}

void sync_RWMutex_Unlock(RWMutex *rw) {
  int32_t r = __atomic_add_fetch(&rw->readerCount, RW_MAX_READERS, __ATOMIC_ACQ_REL);
  if (r >= RW_MAX_READERS) rt_fatal("sync: Unlock of unlocked RWMutex");
  for (int32_t i = 0; i < r; i++) rt_semrelease(&rw->readerSem, false);
  sync_Mutex_Unlock(&rw->w);
}

/* ---- WaitGroup: state = counter << 32 | waiters ---- */

typedef struct WaitGroup { uint64_t state; uint32_t sema; } WaitGroup;

void sync_WaitGroup_Add(WaitGroup *wg, int64_t delta) {
  uint64_t state = __atomic_add_fetch(&wg->state, (uint64_t)delta << 32, __ATOMIC_ACQ_REL);
  int32_t v = (int32_t)(state >> 32);
  uint32_t w = (uint32_t)state;
  if (v < 0) rt_panic_string("sync: negative WaitGroup counter");
  if (w != 0 && delta > 0 && v == (int32_t)delta)
    rt_panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
  if (v > 0 || w == 0) return;
  /* the counter reached 0 with waiters: no Add may come now; release them all */
  if (__atomic_load_n(&wg->state, __ATOMIC_ACQUIRE) != state)
    rt_panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
  __atomic_store_n(&wg->state, 0, __ATOMIC_RELEASE);
  for (; w > 0; w--) rt_semrelease(&wg->sema, false);
}

void sync_WaitGroup_Done(WaitGroup *wg) { sync_WaitGroup_Add(wg, -1); }

void sync_WaitGroup_Wait(WaitGroup *wg) {
  for (;;) {
    uint64_t state = __atomic_load_n(&wg->state, __ATOMIC_ACQUIRE);
    if ((int32_t)(state >> 32) == 0) return;
    if (__atomic_compare_exchange_n(&wg->state, &state, state + 1, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE)) {
      rt_semacquire(&wg->sema, "semacquire");
      if (__atomic_load_n(&wg->state, __ATOMIC_ACQUIRE) != 0)
        rt_panic_string("sync: WaitGroup is reused before previous Wait has returned");
      return;
    }
  }
}

/* ---- Once ----
 * Do: f runs once; no call returns before that run has finished, and a panicking f still
 * counts as done (Go's doSlow: defer Unlock; defer done = 1). The deferred part is a C
 * closure on a GoFrame, so a panic unwinding through f runs it too. */
typedef struct Once { uint32_t done; Mutex m; } Once;
typedef struct OnceDefer { void *fn; Once *o; } OnceDefer;

static void once_finish(void *rec) {
  Once *o = ((OnceDefer *)rec)->o;
  __atomic_store_n(&o->done, 1, __ATOMIC_RELEASE);
  sync_Mutex_Unlock(&o->m);
}

void sync_Once_Do(Once *o, void *f) {
  if (__atomic_load_n(&o->done, __ATOMIC_ACQUIRE)) return;
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

/* ---- Cond ---- */

typedef struct Cond { GoIface L; RtNotifyList notify; } Cond;

static const GoType cond_type = {sizeof(Cond), 16, (const uint8_t[]){0x3}, 0, GOK_STRUCT, 8,
                                 GOTF_NAMED, 0, "sync.Cond", NULL, NULL, 0, 0, 0, NULL, NULL};

Cond *sync_NewCond(const GoItab *itab, void *data) {
  Cond *c = rt_alloc_typed(&cond_type, 1);
  c->L.itab = itab;
  c->L.data = data;
  return c;
}

/* Locker's methods in itab order (sorted by name): Lock, Unlock */
static void locker_call(GoIface l, int i) {
  if (!l.itab) gort_panic_nil();
  ((void (*)(void *))l.itab->fun[i])(l.data);
}

void sync_Cond_Wait(Cond *c) {
  uint32_t t = rt_notify_add(&c->notify);
  locker_call(c->L, 1);
  rt_notify_wait(&c->notify, t, "sync.Cond.Wait");
  locker_call(c->L, 0);
}
void sync_Cond_Signal(Cond *c) { rt_notify_one(&c->notify); }
void sync_Cond_Broadcast(Cond *c) { rt_notify_all(&c->notify); }

/* ---- sync/atomic ---- */

#define ATOMIC_OPS(Name, T)                                                                    \
  T atomic_Add##Name(T *p, T d) { return __atomic_add_fetch(p, d, __ATOMIC_SEQ_CST); }         \
  T atomic_Load##Name(T *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }                   \
  void atomic_Store##Name(T *p, T v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }             \
  T atomic_Swap##Name(T *p, T v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); }       \
  bool atomic_CompareAndSwap##Name(T *p, T old, T nw) {                                        \
    return __atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); \
  }                                                                                            \
  T atomic_##Name##_Add(T *p, T d) { return __atomic_add_fetch(p, d, __ATOMIC_SEQ_CST); }      \
  T atomic_##Name##_Load(T *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }                \
  void atomic_##Name##_Store(T *p, T v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }          \
  T atomic_##Name##_Swap(T *p, T v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); }    \
  bool atomic_##Name##_CompareAndSwap(T *p, T old, T nw) {                                     \
    return __atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); \
  }
ATOMIC_OPS(Int32, int32_t)
ATOMIC_OPS(Int64, int64_t)
ATOMIC_OPS(Uint32, uint32_t)
ATOMIC_OPS(Uint64, uint64_t)
ATOMIC_OPS(Uintptr, uintptr_t)

void *atomic_LoadPointer(void **p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
void atomic_StorePointer(void **p, void *v) {
  if (__atomic_load_n(&gort_writebarrier, __ATOMIC_RELAXED)) gort_wb(p, v);
  __atomic_store_n(p, v, __ATOMIC_SEQ_CST);
}
void *atomic_SwapPointer(void **p, void *v) {
  if (__atomic_load_n(&gort_writebarrier, __ATOMIC_RELAXED)) gort_wb(p, v);
  return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST);
}
bool atomic_CompareAndSwapPointer(void **p, void *old, void *nw) {
  if (__atomic_load_n(&gort_writebarrier, __ATOMIC_RELAXED)) gort_wb(p, nw);
  return __atomic_compare_exchange_n(p, &old, nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

/* atomic.Bool is a uint32 0/1 */
bool atomic_Bool_Load(uint32_t *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST) != 0; }
void atomic_Bool_Store(uint32_t *p, bool v) { __atomic_store_n(p, v ? 1u : 0u, __ATOMIC_SEQ_CST); }
bool atomic_Bool_Swap(uint32_t *p, bool v) { return __atomic_exchange_n(p, v ? 1u : 0u, __ATOMIC_SEQ_CST) != 0; }
bool atomic_Bool_CompareAndSwap(uint32_t *p, bool old, bool nw) {
  uint32_t o = old ? 1 : 0;
  return __atomic_compare_exchange_n(p, &o, nw ? 1u : 0u, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

/* atomic.Value: an interface value behind a striped lock (stores are rare; Go's lock-free
 * version needs a two-word atomic) */
static pthread_mutex_t value_locks[16] = {
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER};
static pthread_mutex_t *value_lock(GoEface *v) { return &value_locks[((uintptr_t)v >> 4) % 16]; }

GoEface atomic_Value_Load(GoEface *v) {
  pthread_mutex_t *l = value_lock(v);
  pthread_mutex_lock(l);
  GoEface r = *v;
  pthread_mutex_unlock(l);
  return r;
}

static void value_check(GoEface *v, const GoType *t, const char *op) {
  if (!t) {
    char msg[64];
    snprintf(msg, sizeof msg, "sync/atomic: %s of nil value into Value", op);
    rt_panic_string(msg);
  }
  if (v->type && v->type != t) {
    char msg[80];
    snprintf(msg, sizeof msg, "sync/atomic: %s of inconsistently typed value into Value", op);
    rt_panic_string(msg);
  }
}

static void value_set(GoEface *v, const GoType *t, void *data) {
  if (__atomic_load_n(&gort_writebarrier, __ATOMIC_RELAXED)) gort_wb(&v->data, data);
  v->type = t;
  v->data = data;
}

void atomic_Value_Store(GoEface *v, const GoType *t, void *data) {
  pthread_mutex_t *l = value_lock(v);
  pthread_mutex_lock(l);
  bool bad = !t || (v->type && v->type != t);
  if (!bad) value_set(v, t, data);
  pthread_mutex_unlock(l);
  if (bad) value_check(v, t, "store");
}

GoEface atomic_Value_Swap(GoEface *v, const GoType *t, void *data) {
  pthread_mutex_t *l = value_lock(v);
  pthread_mutex_lock(l);
  GoEface old = *v;
  bool bad = !t || (v->type && v->type != t);
  if (!bad) value_set(v, t, data);
  pthread_mutex_unlock(l);
  if (bad) value_check(&old, t, "swap");
  return old;
}

bool atomic_Value_CompareAndSwap(GoEface *v, const GoType *ot, void *od, const GoType *nt, void *nd) {
  if (!nt) rt_panic_string("sync/atomic: compare and swap of nil value into Value");
  if (ot && ot != nt) rt_panic_string("sync/atomic: compare and swap of inconsistently typed values");
  pthread_mutex_t *l = value_lock(v);
  for (;;) {
    pthread_mutex_lock(l);
    GoEface cur = *v;
    pthread_mutex_unlock(l);
    if (cur.type && cur.type != nt)
      rt_panic_string("sync/atomic: compare and swap of inconsistently typed value into Value");
    /* compared outside the lock: == may panic on an uncomparable dynamic type */
    if (cur.type != ot || (ot && !gort_efaceeq(cur.type, cur.data, ot, od))) return false;
    pthread_mutex_lock(l);
    bool same = v->type == cur.type && v->data == cur.data;
    if (same) value_set(v, nt, nd);
    pthread_mutex_unlock(l);
    if (same) return true;
  }
}
