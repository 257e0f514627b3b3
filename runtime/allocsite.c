/* allocsite.c — GOSUBDEBUG=allocs=1: heap allocations counted per allocation site of the
 * program, printed at exit sorted by bytes:
 *
 *     gosub: heap allocations by site (GOSUBDEBUG=allocs=1): 4 objects, 88 B
 *          bytes  count  site                          what          type
 *             48      3  ./prog.go:23:2                x             int
 *             ...
 *
 * Codegen calls the *_at entry points below for every heap allocation it emits for the
 * program (variables moved to heap, new, &T{}, make, literals, closures, boxed values), with
 * the 1-based index of the site in the table it emits with the program (gosub_allocsites:
 * {"file:line:col", what, type}). Off, the cost is a test of a global and a tail call.
 * Allocations the runtime makes for itself (fmt's buffers, append's growth, map buckets)
 * have no site of the program and are not counted here. Bytes are the objects' sizes as
 * the allocator rounded them (its size classes). Counters are updated atomically (any
 * thread may allocate); the table is read once, at exit (atexit, so os.Exit and a panic's
 * exit(2) print it too). GOSUBDEBUG=allocsfile=PATH writes "site<TAB>count<TAB>bytes" lines
 * to PATH instead (gosub run -segments=html -allocs merges them into the page). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gort.h"
#include "rt_internal.h"

typedef struct GoAllocSite { const char *pos, *what, *type; } GoAllocSite;
/* emitted by codegen with every program; weak so that the runtime's unit tests link */
extern const GoAllocSite gosub_allocsites[] __attribute__((weak));
extern const int32_t gosub_nallocsites __attribute__((weak));

int gort_allocs_on;
static uint64_t *site_count, *site_bytes;   /* index 0: an unknown site */
static int32_t nsites;
static char allocs_file[512];

static void note(int32_t site, const void *p) {
  if (site < 0 || site > nsites) site = 0;
  size_t size = 0;
  if (p) rt_heap_find(p, &size);
  __atomic_add_fetch(&site_count[site], 1, __ATOMIC_RELAXED);
  __atomic_add_fetch(&site_bytes[site], size, __ATOMIC_RELAXED);
}

void *gort_alloc_at(const GoType *t, int32_t site) {
  void *p = gort_alloc(t);
  if (__builtin_expect(gort_allocs_on, 0)) note(site, p);
  return p;
}

void *gort_alloc_array_at(const GoType *elem, int64_t n, int32_t site) {
  void *p = gort_alloc_array(elem, n);
  if (__builtin_expect(gort_allocs_on, 0)) note(site, p);
  return p;
}

GoMap *gort_makemap_at(const GoType *maptype, int64_t hint, int32_t site) {
  GoMap *m = gort_makemap(maptype, hint);
  if (__builtin_expect(gort_allocs_on, 0)) note(site, m);
  return m;
}

GoChan *gort_makechan_at(const GoType *chantype, int64_t size, int32_t site) {
  GoChan *c = gort_makechan(chantype, size);
  if (__builtin_expect(gort_allocs_on, 0)) note(site, c);
  return c;
}

static int by_bytes(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  if (site_bytes[x] != site_bytes[y]) return site_bytes[x] > site_bytes[y] ? -1 : 1;
  return x - y;
}

static void print_sites(void) {
  fflush(stdout);
  if (allocs_file[0]) {
    FILE *f = fopen(allocs_file, "w");
    if (!f) return;
    for (int32_t i = 1; i <= nsites; i++)
      if (site_count[i])
        fprintf(f, "%s\t%s\t%llu\t%llu\n", gosub_allocsites[i - 1].pos, gosub_allocsites[i - 1].what,
                (unsigned long long)site_count[i], (unsigned long long)site_bytes[i]);
    fclose(f);
    return;
  }
  int32_t *order = malloc(sizeof(int32_t) * (size_t)(nsites + 1));
  int32_t n = 0;
  uint64_t objs = 0, bytes = 0;
  for (int32_t i = 0; i <= nsites; i++) {
    if (!site_count[i]) continue;
    order[n++] = i;
    objs += site_count[i];
    bytes += site_bytes[i];
  }
  qsort(order, (size_t)n, sizeof(int32_t), by_bytes);
  fprintf(stderr, "gosub: heap allocations by site (GOSUBDEBUG=allocs=1): %llu objects, %llu B\n",
          (unsigned long long)objs, (unsigned long long)bytes);
  fprintf(stderr, "%12s %8s  %-32s %-24s %s\n", "bytes", "count", "site", "what", "type");
  for (int32_t k = 0; k < n; k++) {
    int32_t i = order[k];
    const GoAllocSite *s = i ? &gosub_allocsites[i - 1] : NULL;
    fprintf(stderr, "%12llu %8llu  %-32s %-24s %s\n", (unsigned long long)site_bytes[i],
            (unsigned long long)site_count[i], s ? s->pos : "?", s ? s->what : "(unknown site)",
            s ? s->type : "");
  }
  free(order);
}

/* GOSUBDEBUG is a comma-separated list of name=value (gc.c reads its own names). Called by
 * main (rt_main.c) before the program's first allocation — not a constructor: a program
 * with no allocation site would not link this file, and would print nothing. */
void rt_allocs_init(void) {
  const char *d = getenv("GOSUBDEBUG");
  if (!d) return;
  bool on = false;
  for (const char *p = d; p && *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL) {
    if (!strncmp(p, "allocs=", 7)) on = atoi(p + 7) != 0;
    if (!strncmp(p, "allocsfile=", 11)) {
      size_t len = strcspn(p + 11, ",");
      if (len >= sizeof allocs_file) len = sizeof allocs_file - 1;
      memcpy(allocs_file, p + 11, len);
      allocs_file[len] = 0;
      on = true;
    }
  }
  if (!on) return;
  nsites = &gosub_nallocsites ? gosub_nallocsites : 0;
  site_count = calloc((size_t)nsites + 1, sizeof(uint64_t));
  site_bytes = calloc((size_t)nsites + 1, sizeof(uint64_t));
  if (!site_count || !site_bytes) return;
  gort_allocs_on = 1;
  atexit(print_sites);
}
