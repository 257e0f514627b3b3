/* map.c — Go maps: an open-addressing hash table with one control byte per slot (a simple
 * Swiss-table), hashed and compared through the key's type descriptor.
 *
 * Layout: ctrl[cap] (EMPTY, DELETED, or 0x80|top-7-hash-bits) and slots[cap], each slot the
 * key followed by the element (aligned). cap is a power of two; probing is linear from
 * hash & (cap-1). Fast paths for 8-byte scalar, 4-byte scalar and string keys.
 *
 * Invariants:
 *   - count == number of FULL ctrl bytes; growth_left == slots that may still turn from EMPTY
 *     to FULL before the table is rebuilt (load ≤ 7/8, tombstones count as used).
 *   - Deleting marks the slot DELETED and zeroes it; slots never move except when the table
 *     is rebuilt into NEW arrays (the old ones are left untouched for iterators).
 *   - Every map has its own random seed; iteration starts at a random slot and wraps, so the
 *     order differs from run to run as in Go.
 *   - Iteration (Go spec): an iterator walks the arrays it started on. While the map still uses
 *     them, deleted entries are skipped by their ctrl byte and entries added may or may not be
 *     seen. After a rebuild, each old entry is looked up in the live map: deleted ones are
 *     skipped, updated ones yield the current element; no entry is produced twice.
 *   - Float keys: +0 and -0 hash alike, NaN hashes randomly (never found, like Go). Interface
 *     keys hash their dynamic value; an uncomparable dynamic type panics "runtime error: hash
 *     of unhashable type T".
 *
 * Example: m := map[string]int{}; m["a"] = 1 → gort_mapassign: lazily allocates 8 slots,
 *   h = hash("a"), probes from h&7 to an EMPTY slot, stores key "a", ctrl = 0x80|h>>57,
 *   returns &slot.elem; codegen writes 1 there.
 */
#include "rt_internal.h"
#include <stdlib.h>
#include <sys/random.h>
#include <time.h>

enum { CTRL_EMPTY = 0, CTRL_DELETED = 1 };
enum { KEY_GENERIC, KEY_U64, KEY_U32, KEY_STR };

struct GoMap {
  int64_t count;
  uint64_t seed;
  const GoType *maptype;
  uint8_t *ctrl;
  char *slots;
  uint64_t cap;           /* 0 until the first insertion */
  uint64_t growth_left;
  uint32_t keysize, elemoff, elemsize, slotsize;
  uint8_t keykind;        /* KEY_* */
  uint8_t scan;           /* slots hold pointers */
};

/* ---- random numbers ---- */

static _Thread_local uint64_t rand_state;

uint64_t rt_rand64(void) {
  if (!rand_state) {
    uint64_t s = 0;
    if (getrandom(&s, sizeof s, 0) != sizeof s) s = (uint64_t)time(NULL) ^ (uintptr_t)&s;
    rand_state = s | 1;
  }
  rand_state += 0xa0761d6478bd642full;   /* wyrand */
  __uint128_t t = (__uint128_t)rand_state * (rand_state ^ 0xe7037ed1a0b428dbull);
  return (uint64_t)(t >> 64) ^ (uint64_t)t;
}

/* ---- hashing ---- */

static inline uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t t = (__uint128_t)a * b;
  return (uint64_t)(t >> 64) ^ (uint64_t)t;
}

static inline uint64_t hash_u64(uint64_t x, uint64_t seed) {
  return mix(x ^ seed ^ 0xa0761d6478bd642full, 0xe7037ed1a0b428dbull ^ seed);
}

static inline uint64_t read64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static inline uint64_t read32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }

static uint64_t hash_bytes(const uint8_t *p, int64_t n, uint64_t seed) {
  uint64_t h = seed ^ ((uint64_t)n * 0x9E3779B97F4A7C15ull);
  while (n >= 16) {
    h = mix(read64(p) ^ 0xa0761d6478bd642full, read64(p + 8) ^ h);
    p += 16;
    n -= 16;
  }
  uint64_t a = 0, b = 0;
  if (n >= 8) { a = read64(p); b = read64(p + n - 8); }
  else if (n >= 4) { a = read32(p); b = read32(p + n - 4); }
  else if (n > 0) { a = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1]; }
  return mix(a ^ 0xe7037ed1a0b428dbull ^ h, b ^ 0x8ebc6af09c88c6e3ull ^ (uint64_t)n);
}

static uint64_t hash_float(double f, uint64_t seed) {
  if (f == 0) return hash_u64(0, seed);
  if (f != f) return hash_u64(rt_rand64(), seed);
  uint64_t bits;
  memcpy(&bits, &f, 8);
  return hash_u64(bits, seed);
}

static _Noreturn void panic_unhashable(const GoType *t) {
  RtBuf b;
  rt_buf_init(&b);
  rt_buf_puts(&b, "hash of unhashable type ");
  rt_buf_puts(&b, t->name);
  char *msg = rt_cstr(rt_buf_string(&b));
  rt_buf_free(&b);
  rt_panic_runtime(msg);
}

uint64_t rt_hash_value(const GoType *t, const void *p, uint64_t seed) {
  switch (t->kind) {
  case GOK_FLOAT32: return hash_float(*(const float *)p, seed);
  case GOK_FLOAT64: return hash_float(*(const double *)p, seed);
  case GOK_COMPLEX64:
    return hash_float(((const float *)p)[0], seed) ^ hash_float(((const float *)p)[1], ~seed);
  case GOK_COMPLEX128:
    return hash_float(((const double *)p)[0], seed) ^ hash_float(((const double *)p)[1], ~seed);
  case GOK_STRING: {
    const GoString *s = p;
    return hash_bytes(s->ptr, s->len, seed);
  }
  case GOK_INTERFACE: {
    void *const *w = p;
    const GoType *dt = rt_iface_type(t, w[0]);
    if (!dt) return hash_u64(0, seed);
    if (!(dt->flags & GOTF_COMPARABLE)) panic_unhashable(dt);
    uint64_t h = hash_u64((uintptr_t)dt, seed);
    return rt_type_direct(dt) ? hash_u64((uintptr_t)w[1], h) : rt_hash_value(dt, w[1], h);
  }
  case GOK_ARRAY: {
    uint64_t h = seed;
    for (int64_t i = 0; i < t->len; i++)
      h = rt_hash_value(t->elem, (const char *)p + (uint64_t)i * t->elem->size, h);
    return h;
  }
  case GOK_STRUCT: {
    uint64_t h = seed;
    for (int i = 0; i < t->nfields; i++) {
      const GoField *f = &t->fields[i];
      if (f->name && strcmp(f->name, "_") == 0) continue;
      h = rt_hash_value(f->type, (const char *)p + f->offset, h);
    }
    return h;
  }
  case GOK_SLICE: case GOK_MAP: case GOK_FUNC:
    panic_unhashable(t);
  default:
    switch (t->size) {
    case 1: return hash_u64(*(const uint8_t *)p, seed);
    case 2: return hash_u64(*(const uint16_t *)p, seed);
    case 4: return hash_u64(*(const uint32_t *)p, seed);
    case 8: return hash_u64(*(const uint64_t *)p, seed);
    default: return hash_bytes(p, (int64_t)t->size, seed);
    }
  }
}

static bool needs_hash_panic(const GoType *k) {   /* a key kind whose hash may panic */
  return k->kind == GOK_INTERFACE || k->kind == GOK_STRUCT || k->kind == GOK_ARRAY;
}

/* ---- the table ---- */

static inline uint64_t key_hash(const GoMap *m, const void *key, const int kk) {
  switch (kk) {
  case KEY_U64: return hash_u64(*(const uint64_t *)key, m->seed);
  case KEY_U32: return hash_u64(*(const uint32_t *)key, m->seed);
  case KEY_STR: {
    const GoString *s = key;
    return hash_bytes(s->ptr, s->len, m->seed);
  }
  default: return rt_hash_value(m->maptype->key, key, m->seed);
  }
}

static inline bool key_eq(const GoMap *m, const void *a, const void *b, const int kk) {
  switch (kk) {
  case KEY_U64: return *(const uint64_t *)a == *(const uint64_t *)b;
  case KEY_U32: return *(const uint32_t *)a == *(const uint32_t *)b;
  case KEY_STR: {
    const GoString *x = a, *y = b;
    return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
  }
  default: return gort_memequal_type(m->maptype->key, a, b);
  }
}

static inline char *slot_at(const GoMap *m, uint64_t i) { return m->slots + i * m->slotsize; }

/* index of key's slot, or -1 */
static inline __attribute__((always_inline)) int64_t find(const GoMap *m, const void *key,
                                                          uint64_t h, const int kk) {
  uint64_t mask = m->cap - 1, i = h & mask;
  uint8_t tag = (uint8_t)(0x80 | (h >> 57));
  for (;;) {
    uint8_t c = m->ctrl[i];
    if (c == tag && key_eq(m, slot_at(m, i), key, kk)) return (int64_t)i;
    if (c == CTRL_EMPTY) return -1;
    i = (i + 1) & mask;
  }
}

static int64_t find_any(const GoMap *m, const void *key, uint64_t *hp) {
  switch (m->keykind) {
  case KEY_U64: { uint64_t h = *hp = key_hash(m, key, KEY_U64); return find(m, key, h, KEY_U64); }
  case KEY_U32: { uint64_t h = *hp = key_hash(m, key, KEY_U32); return find(m, key, h, KEY_U32); }
  case KEY_STR: { uint64_t h = *hp = key_hash(m, key, KEY_STR); return find(m, key, h, KEY_STR); }
  default: {
    uint64_t h = *hp = key_hash(m, key, KEY_GENERIC);
    return find(m, key, h, KEY_GENERIC);
  }
  }
}

static void alloc_arrays(GoMap *m, uint64_t cap) {
  uint8_t *ctrl = rt_alloc_noscan(cap);
  size_t bytes = (size_t)(cap * m->slotsize);
  char *slots = m->scan ? rt_alloc_scan(bytes) : rt_alloc_noscan(bytes);
  /* the old arrays may live on in an iterator: the collector must see them go */
  if (gort_writebarrier) {
    gort_wb((void **)&m->ctrl, ctrl);
    gort_wb((void **)&m->slots, slots);
  }
  m->cap = cap;
  m->ctrl = ctrl;
  m->slots = slots;
  m->growth_left = cap - cap / 8;
}

/* rebuild into fresh arrays of newcap slots (the old arrays stay valid for iterators) */
static void rebuild(GoMap *m, uint64_t newcap) {
  uint8_t *octrl = m->ctrl;
  char *oslots = m->slots;
  uint64_t ocap = m->cap;
  alloc_arrays(m, newcap);
  uint64_t mask = newcap - 1;
  for (uint64_t i = 0; i < ocap; i++) {
    if (!(octrl[i] & 0x80)) continue;
    char *s = oslots + i * m->slotsize;
    uint64_t h = key_hash(m, s, m->keykind);
    uint64_t j = h & mask;
    while (m->ctrl[j] != CTRL_EMPTY) j = (j + 1) & mask;
    m->ctrl[j] = (uint8_t)(0x80 | (h >> 57));
    memcpy(slot_at(m, j), s, m->slotsize);
    m->growth_left--;
  }
}

static void grow(GoMap *m) {
  if (m->cap == 0) { alloc_arrays(m, 8); return; }
  /* many tombstones: rebuild at the same size; otherwise double */
  rebuild(m, (uint64_t)m->count * 2 >= m->cap - m->cap / 8 ? m->cap * 2 : m->cap);
}

GoMap *gort_makemap(const GoType *maptype, int64_t hint) {
  if (hint < 0) hint = 0;   /* Go: a negative or huge hint is ignored */
  GoMap *m = rt_alloc_scan(sizeof *m);
  const GoType *k = maptype->key, *e = maptype->elem;
  m->maptype = maptype;
  m->seed = rt_rand64();
  m->keysize = (uint32_t)k->size;
  uint32_t ealign = e->align ? e->align : 1, kalign = k->align ? k->align : 1;
  m->elemoff = (uint32_t)((k->size + ealign - 1) & ~(uint64_t)(ealign - 1));
  m->elemsize = (uint32_t)e->size;
  uint32_t align = ealign > kalign ? ealign : kalign;
  m->slotsize = (m->elemoff + m->elemsize + align - 1) & ~(align - 1);
  m->scan = k->ptrdata != 0 || e->ptrdata != 0;
  if (k->kind == GOK_STRING) m->keykind = KEY_STR;
  else if (k->kind == GOK_FLOAT32 || k->kind == GOK_FLOAT64 || k->kind == GOK_INTERFACE ||
           k->kind == GOK_STRUCT || k->kind == GOK_ARRAY || k->kind == GOK_COMPLEX64 ||
           k->kind == GOK_COMPLEX128)
    m->keykind = KEY_GENERIC;
  else if (k->size == 8) m->keykind = KEY_U64;
  else if (k->size == 4) m->keykind = KEY_U32;
  else m->keykind = KEY_GENERIC;
  if (hint > 8) {
    uint64_t cap = 8;
    while (cap - cap / 8 < (uint64_t)hint) cap *= 2;
    alloc_arrays(m, cap);
  }
  return m;
}

void *gort_mapaccess(const GoType *maptype, GoMap *m, const void *key) {
  if (!m || m->count == 0) {
    if (needs_hash_panic(maptype->key)) rt_hash_value(maptype->key, key, 0);
    return NULL;
  }
  uint64_t h;
  int64_t i = find_any(m, key, &h);
  return i < 0 ? NULL : slot_at(m, (uint64_t)i) + m->elemoff;
}

void *gort_mapassign(const GoType *maptype, GoMap *m, const void *key) {
  if (!m) gort_panic_nilmap();
  uint64_t h = 0;
  if (m->cap) {
    int64_t i = find_any(m, key, &h);
    if (i >= 0) {
      char *s = slot_at(m, (uint64_t)i);
      if (m->scan) gort_wb_old(s, NULL, m->keysize);
      memcpy(s, key, m->keysize);   /* Go updates the key too (+0 → -0, strings) */
      return s + m->elemoff;
    }
  } else {
    h = key_hash(m, key, m->keykind);
  }
  uint64_t mask = m->cap - 1, j = h & mask;
  if (m->cap) {
    while (m->ctrl[j] & 0x80) j = (j + 1) & mask;
  }
  if (!m->cap || (m->ctrl[j] == CTRL_EMPTY && m->growth_left == 0)) {
    grow(m);
    mask = m->cap - 1;
    j = h & mask;
    while (m->ctrl[j] & 0x80) j = (j + 1) & mask;
  }
  if (m->ctrl[j] == CTRL_EMPTY) m->growth_left--;
  m->ctrl[j] = (uint8_t)(0x80 | (h >> 57));
  char *s = slot_at(m, j);
  memcpy(s, key, m->keysize);
  m->count++;
  return s + m->elemoff;
}

void gort_mapdelete(const GoType *maptype, GoMap *m, const void *key) {
  if (!m || m->count == 0) {
    if (needs_hash_panic(maptype->key)) rt_hash_value(maptype->key, key, 0);
    return;
  }
  uint64_t h;
  int64_t i = find_any(m, key, &h);
  if (i < 0) return;
  uint64_t next = ((uint64_t)i + 1) & (m->cap - 1);
  /* a slot followed by EMPTY can become EMPTY again (no probe chain passes through it) */
  if (m->ctrl[next] == CTRL_EMPTY) {
    m->ctrl[i] = CTRL_EMPTY;
    m->growth_left++;
  } else {
    m->ctrl[i] = CTRL_DELETED;
  }
  if (m->scan) gort_wb_old(slot_at(m, (uint64_t)i), NULL, m->slotsize);
  memset(slot_at(m, (uint64_t)i), 0, m->slotsize);
  m->count--;
}

int64_t gort_maplen(GoMap *m) { return m ? m->count : 0; }

/* ---- iteration ----
 * priv: [0] map, [1] ctrl snapshot, [2] slots snapshot, [3] cap snapshot, [4] start slot,
 *       [5] slots examined so far */
void gort_mapiterinit(const GoType *maptype, GoMap *m, GoMapIter *it) {
  memset(it, 0, sizeof *it);
  if (!m || m->count == 0) return;
  it->priv[0] = m;
  it->priv[1] = m->ctrl;
  it->priv[2] = m->slots;
  it->priv[3] = (void *)(uintptr_t)m->cap;
  it->priv[4] = (void *)(uintptr_t)(rt_rand64() & (m->cap - 1));
  it->priv[5] = 0;
  gort_mapiternext(it);
}

void gort_mapiternext(GoMapIter *it) {
  GoMap *m = it->priv[0];
  it->key = it->elem = NULL;
  if (!m) return;
  uint8_t *ctrl = it->priv[1];
  char *slots = it->priv[2];
  uint64_t cap = (uintptr_t)it->priv[3], start = (uintptr_t)it->priv[4];
  uint64_t n = (uintptr_t)it->priv[5];
  while (n < cap) {
    uint64_t i = (start + n) & (cap - 1);
    n++;
    if (!(ctrl[i] & 0x80)) continue;
    char *s = slots + i * m->slotsize;
    if (ctrl == m->ctrl) {
      it->key = s;
      it->elem = s + m->elemoff;
    } else {   /* the map was rebuilt: report the entry only if it is still there */
      uint64_t h;
      int64_t j = m->count ? find_any(m, s, &h) : -1;
      if (j < 0) continue;
      it->key = slot_at(m, (uint64_t)j);
      it->elem = it->key + m->elemoff;
    }
    it->priv[5] = (void *)(uintptr_t)n;
    return;
  }
  it->priv[5] = (void *)(uintptr_t)n;
  it->priv[0] = NULL;
}
