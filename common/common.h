/* common.h — what every pass of gosub shares: source positions, arena memory, growable
 * vectors, string helpers and diagnostics.
 *
 * Memory: compiler data lives in one arena and is never freed piece by piece (chibicc's rule).
 * Diagnostics: user errors are collected with diag_error(), sorted by position and printed by
 * diag_flush() in gc's format (`./x.go:L:C: msg`, at most 10 then `too many errors`).
 * Internal invariant failures go through fatal(), which names the C file and line and is never
 * confused with a user's error. */
#ifndef GOSUB_COMMON_H
#define GOSUB_COMMON_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A source position: file name as printed in diagnostics (e.g. "./x.go"), 1-based line and
 * byte column, like gc. line == 0 means "no position". */
typedef struct Pos {
  const char *file;
  int line, col;
} Pos;

/* ---- arena ---- */
void *arena_alloc(size_t size);              /* zeroed, 16-byte aligned, never freed */
char *arena_strdup(const char *s);
char *arena_strndup(const char *s, size_t n);
char *arena_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#define NEW(T) ((T *)arena_alloc(sizeof(T)))
/* Free everything: the arena, the intern table and collected diagnostics. Only for harnesses
 * that compile many inputs in one process (the fuzzer); every pointer into the arena dies. */
void arena_reset(void);

/* ---- vectors of pointers ---- */
typedef struct Vec {
  void **data;
  int len, cap;
} Vec;
void vec_push(Vec *v, void *x);
#define VEC_AT(v, i) ((v).data[i])

/* ---- string builder (heap, may be freed with sb_free) ---- */
typedef struct StrBuf {
  char *buf;
  size_t len, cap;
} StrBuf;
void sb_putc(StrBuf *sb, char c);
void sb_puts(StrBuf *sb, const char *s);
void sb_putn(StrBuf *sb, const char *s, size_t n);
void sb_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *sb_arena(StrBuf *sb); /* copy contents into the arena, NUL-terminated */
void sb_free(StrBuf *sb);

/* ---- string interning: equal names share one pointer, so names compare with == ---- */
const char *intern(const char *s);
const char *intern_n(const char *s, size_t n);

/* ---- diagnostics ---- */
void diag_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_verror(Pos pos, const char *fmt, va_list ap);
int diag_count(void);       /* errors collected so far */
const char *diag_error_message(int i); /* the i-th error collected (not flushed) */
void diag_truncate(int n);             /* forget the errors after the first n */
/* Set collected errors aside (the loader keeps a package's non-syntax parse errors until
 * that package is type-checked) and give them back. */
Vec diag_take_errors(void);
void diag_put_errors(Vec *v);
void diag_clear(void);      /* forget collected errors and notes (harnesses only) */
bool diag_line_has_error(Pos pos); /* gc reports one syntax error per line */
int diag_flush(void);       /* print sorted (max 10, then "too many errors"), return count */

/* Diagnostics that are not errors (-m output) go through the same sorter in gc's order. */
void diag_note(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_flush_notes(void);
int diag_note_count(void);  /* notes collected and not flushed yet */
/* gc prints -m notes as they are made (each one flushed at once): after this call
 * diag_flush_notes() keeps report order instead of sorting, and drops no duplicates. */
void diag_notes_in_order(void);

/* ---- SHA-256 (sha256.c): content keys of the build cache ---- */
typedef struct Sha256 {
  uint32_t h[8];
  uint8_t buf[64];
  size_t n;        /* bytes in buf */
  uint64_t len;    /* bytes hashed so far */
} Sha256;
void sha256_init(Sha256 *c);
void sha256_update(Sha256 *c, const void *data, size_t n);
void sha256_final(Sha256 *c, uint8_t out[32]);

/* ---- -d time: wall time per pass (common/timing.c) ---- */
void timing_enable(void);
bool timing_enabled(void);
void timing_mark(const char *phase); /* the time since the last mark goes to phase */
void timing_report(void);            /* on stderr: each phase's seconds and share */

/* ---- child processes (common.c) ---- */
#include <sys/types.h>
int wait_command(pid_t pid);   /* its exit status, 128 + signal, or -1 if waitpid failed */
int run_command(char **argv);  /* fork, execvp argv[0], wait; -1 if fork failed (errno) */

_Noreturn void fatal_at(const char *cfile, int cline, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
#define fatal(...) fatal_at(__FILE__, __LINE__, __VA_ARGS__)

#endif
