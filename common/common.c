/* common.c — arena, vectors, string buffers, interning, the diagnostic sorter and running
 * child processes (see common.h for the rules). */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- arena: bump allocation in 4 MiB chunks, big requests get their own chunk ----
 * Chunks come straight from mmap: the memory is zero already (nothing is ever handed out
 * twice, arena_reset unmaps), so arena_alloc does not clear it, and chunks are aligned to
 * 2 MiB and offered to the kernel as transparent huge pages. A warm build parses ~1 MB of
 * Go source into ~60 MB of AST: in 4 KiB pages that is 15,000 page faults, the largest cost
 * of the build on a virtual machine; in huge pages, a few dozen. */
#define CHUNK_SIZE ((size_t)4 << 20)
#define HUGE_PAGE ((size_t)2 << 20)
typedef struct Chunk {
  struct Chunk *next;
  size_t used, cap, mapped;   /* cap: usable bytes of mem; mapped: the whole mapping */
  _Alignas(16) unsigned char mem[];
} Chunk;
static Chunk *arena_head;

static Chunk *new_chunk(size_t size) {
  size_t want = sizeof(Chunk) + (size > CHUNK_SIZE ? size : CHUNK_SIZE);
  want = (want + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
  /* map one huge page more than needed and trim, to start on a huge page boundary */
  unsigned char *m = mmap(NULL, want + HUGE_PAGE, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED) fatal("out of memory");
  size_t lead = (HUGE_PAGE - (uintptr_t)m % HUGE_PAGE) % HUGE_PAGE;
  if (lead) munmap(m, lead);
  if (HUGE_PAGE - lead) munmap(m + lead + want, HUGE_PAGE - lead);
  Chunk *c = (Chunk *)(m + lead);
#ifdef MADV_HUGEPAGE
  madvise(c, want, MADV_HUGEPAGE);
#endif
  c->used = 0;
  c->cap = want - sizeof(Chunk);
  c->mapped = want;
  return c;
}

void *arena_alloc(size_t size) {
  size = (size + 15) & ~(size_t)15;
  if (!arena_head || arena_head->used + size > arena_head->cap) {
    Chunk *c = new_chunk(size);
    c->next = arena_head;
    arena_head = c;
  }
  void *p = arena_head->mem + arena_head->used;
  arena_head->used += size;
  return p;
}
static void intern_reset(void);
static void diag_reset(void);
void arena_reset(void) {
  while (arena_head) {
    Chunk *next = arena_head->next;
    munmap(arena_head, arena_head->mapped);
    arena_head = next;
  }
  intern_reset();
  diag_reset();
}

char *arena_strndup(const char *s, size_t n) {
  char *p = arena_alloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *arena_strdup(const char *s) { return arena_strndup(s, strlen(s)); }

char *arena_printf(const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *p = arena_alloc((size_t)n + 1);
  vsnprintf(p, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  return p;
}

/* ---- vectors ---- */
void vec_push(Vec *v, void *x) {
  if (v->len == v->cap) {
    int cap = v->cap ? v->cap * 2 : 4;
    void **d = arena_alloc(sizeof(void *) * (size_t)cap);
    if (v->len) memcpy(d, v->data, sizeof(void *) * (size_t)v->len);
    v->data = d;
    v->cap = cap;
  }
  v->data[v->len++] = x;
}

/* ---- string buffers ---- */
static void sb_grow(StrBuf *sb, size_t n) {
  if (sb->len + n + 1 <= sb->cap) return;
  size_t cap = sb->cap ? sb->cap : 64;
  while (cap < sb->len + n + 1) cap *= 2;
  sb->buf = realloc(sb->buf, cap);
  if (!sb->buf) fatal("out of memory");
  sb->cap = cap;
}
void sb_putn(StrBuf *sb, const char *s, size_t n) {
  sb_grow(sb, n);
  memcpy(sb->buf + sb->len, s, n);
  sb->len += n;
  sb->buf[sb->len] = 0;
}
void sb_putc(StrBuf *sb, char c) { sb_putn(sb, &c, 1); }
void sb_puts(StrBuf *sb, const char *s) { sb_putn(sb, s, strlen(s)); }
void sb_printf(StrBuf *sb, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  sb_grow(sb, (size_t)n);
  vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  sb->len += (size_t)n;
}
char *sb_arena(StrBuf *sb) { return arena_strndup(sb->buf ? sb->buf : "", sb->len); }
void sb_free(StrBuf *sb) {
  free(sb->buf);
  sb->buf = NULL;
  sb->len = sb->cap = 0;
}

/* ---- interning: open-addressing table of arena strings ---- */
static const char **itab;
static size_t itab_cap, itab_len;

static uint64_t hash_bytes(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}

const char *intern_n(const char *s, size_t n) {
  if (itab_len * 2 >= itab_cap) {
    size_t ncap = itab_cap ? itab_cap * 2 : 1024;
    const char **nt = calloc(ncap, sizeof(char *));
    if (!nt) fatal("out of memory");
    for (size_t i = 0; i < itab_cap; i++) {
      if (!itab[i]) continue;
      size_t j = hash_bytes(itab[i], strlen(itab[i])) & (ncap - 1);
      while (nt[j]) j = (j + 1) & (ncap - 1);
      nt[j] = itab[i];
    }
    free(itab);
    itab = nt;
    itab_cap = ncap;
  }
  size_t j = hash_bytes(s, n) & (itab_cap - 1);
  while (itab[j]) {
    if (strncmp(itab[j], s, n) == 0 && itab[j][n] == 0) return itab[j];
    j = (j + 1) & (itab_cap - 1);
  }
  itab[j] = arena_strndup(s, n);
  itab_len++;
  return itab[j];
}
static void intern_reset(void) {
  free(itab);
  itab = NULL;
  itab_cap = itab_len = 0;
}
const char *intern(const char *s) { return intern_n(s, strlen(s)); }

/* ---- diagnostics ---- */
typedef struct Diag {
  Pos pos;
  char *msg;
  int seq;
} Diag;
static Vec errors, notes;
static int seq;

static void add(Vec *v, Pos pos, const char *fmt, va_list ap) {
  Diag *d = NEW(Diag);
  d->pos = pos;
  StrBuf sb = {0};
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  char *m = arena_alloc((size_t)n + 1);
  vsnprintf(m, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  (void)sb;
  d->msg = m;
  d->seq = seq++;
  vec_push(v, d);
}

static void diag_reset(void) {
  errors = (Vec){0};
  notes = (Vec){0};
}

void diag_verror(Pos pos, const char *fmt, va_list ap) { add(&errors, pos, fmt, ap); }
void diag_error(Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  add(&errors, pos, fmt, ap);
  va_end(ap);
}
void diag_note(Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  add(&notes, pos, fmt, ap);
  va_end(ap);
}
int diag_count(void) { return errors.len; }

const char *diag_error_message(int i) {
  return i >= 0 && i < errors.len ? ((Diag *)errors.data[i])->msg : NULL;
}

void diag_truncate(int n) {
  if (n >= 0 && n < errors.len) errors.len = n;
}

Vec diag_take_errors(void) {
  Vec v = errors;
  errors = (Vec){0};
  return v;
}

void diag_put_errors(Vec *v) {
  for (int i = 0; i < v->len; i++) vec_push(&errors, v->data[i]);
  *v = (Vec){0};
}
void diag_clear(void) { diag_reset(); }

bool diag_line_has_error(Pos pos) {
  for (int i = 0; i < errors.len; i++) {
    Diag *d = errors.data[i];
    if (d->pos.line == pos.line && d->pos.file == pos.file) return true;
  }
  return false;
}

/* gc sorts by file, line, then column; equal positions keep report order. */
static int cmp_diag(const void *a, const void *b) {
  const Diag *x = *(Diag *const *)a, *y = *(Diag *const *)b;
  int c = strcmp(x->pos.file ? x->pos.file : "", y->pos.file ? y->pos.file : "");
  if (c) return c;
  if (x->pos.line != y->pos.line) return x->pos.line < y->pos.line ? -1 : 1;
  if (x->pos.col != y->pos.col) return x->pos.col < y->pos.col ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void print_diag(Diag *d) {
  if (d->pos.line)
    fprintf(stderr, "%s:%d:%d: %s\n", d->pos.file, d->pos.line, d->pos.col, d->msg);
  else
    fprintf(stderr, "%s\n", d->msg);
}

int diag_flush(void) {
  if (errors.len) qsort(errors.data, (size_t)errors.len, sizeof(void *), cmp_diag);
  int printed = 0;
  Diag *last = NULL;
  for (int i = 0; i < errors.len; i++) {
    Diag *d = errors.data[i];
    if (last && last->pos.line == d->pos.line && last->pos.file == d->pos.file &&
        strcmp(last->msg, d->msg) == 0)
      continue; /* gc drops duplicate messages on one line */
    print_diag(d);
    printed++;
    last = d;
    if (printed == 10) { /* gc stops at its 10th error, even the last one, at its position */
      fprintf(stderr, "%s:%d:%d: too many errors\n", d->pos.file, d->pos.line, d->pos.col);
      break;
    }
  }
  int n = errors.len;
  errors.len = 0;
  return n;
}

int diag_note_count(void) { return notes.len; }

/* -m notes carry gc's IR positions, whose column field has 8 bits: column 255 and beyond
 * print as unknown (file:line only, cmd/internal/src lico). */
static void print_note(Diag *d) {
  if (d->pos.line && d->pos.col >= 255)
    fprintf(stderr, "%s:%d: %s\n", d->pos.file, d->pos.line, d->msg);
  else
    print_diag(d);
}

static bool notes_in_order;
void diag_notes_in_order(void) { notes_in_order = true; }

void diag_flush_notes(void) {
  if (notes_in_order) {
    for (int i = 0; i < notes.len; i++) print_note(notes.data[i]);
    notes.len = 0;
    return;
  }
  if (notes.len) qsort(notes.data, (size_t)notes.len, sizeof(void *), cmp_diag);
  Diag *last = NULL;
  for (int i = 0; i < notes.len; i++) {
    Diag *d = notes.data[i];
    if (last && last->pos.line == d->pos.line && last->pos.col == d->pos.col &&
        strcmp(last->msg, d->msg) == 0)
      continue;
    print_note(d);
    last = d;
  }
  notes.len = 0;
}

_Noreturn void fatal_at(const char *cfile, int cline, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "gosub: internal error at %s:%d: ", cfile, cline);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(3);
}

/* ---- child processes ---- */

int wait_command(pid_t pid) {
  int st;
  while (waitpid(pid, &st, 0) < 0)
    if (errno != EINTR) return -1;
  if (WIFEXITED(st)) return WEXITSTATUS(st);
  return 128 + WTERMSIG(st);
}

int run_command(char **argv) {
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    execvp(argv[0], argv);
    fprintf(stderr, "gosub: cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  return wait_command(pid);
}
