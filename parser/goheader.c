/* goheader.c — which part of a file does `go build` check with go/parser?
 *
 * Before gc runs, go/build reads each file's package clause and imports with a small
 * byte-level reader (go/build/read.go, readGoInfo). Only if that reader meets a syntax error
 * does go/parser parse the whole file (imports only); otherwise it parses the bytes the reader
 * consumed. A syntax error there is printed in go/parser's words, e.g.
 * `x.go:1:1: expected 'package', found 'func'`, and gc never runs. This is a port of that
 * reader. */
#include "front.h"

typedef struct Reader {
  const unsigned char *s;
  size_t n, i;
  int peek;  /* 0: none */
  bool eof, err, nul;
} Reader;

static bool is_ident(int c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == '_' || c >= 0x80;
}

static int read_byte(Reader *r) {
  if (r->i < r->n) {
    int c = r->s[r->i++];
    if (c == 0) {
      r->nul = true;
      r->err = true;
    }
    return c;
  }
  r->eof = true;
  return 0;
}

static void syntax(Reader *r) { r->err = true; }

static int peek_byte(Reader *r, bool skip_space) {
  if (r->err) return 0;
  int c = r->peek;
  if (c == 0) c = read_byte(r);
  while (!r->err && !r->eof) {
    if (skip_space) {
      if (c == ' ' || c == '\f' || c == '\t' || c == '\r' || c == '\n' || c == ';') {
        c = read_byte(r);
        continue;
      }
      if (c == '/') {
        c = read_byte(r);
        if (c == '/') {
          while (c != '\n' && !r->err && !r->eof) c = read_byte(r);
        } else if (c == '*') {
          int c1 = 0;
          while ((c != '*' || c1 != '/') && !r->err) {
            if (r->eof) syntax(r);
            c = c1;
            c1 = read_byte(r);
          }
        } else {
          syntax(r);
        }
        c = read_byte(r);
        continue;
      }
    }
    break;
  }
  r->peek = c;
  return c;
}

static int next_byte(Reader *r, bool skip_space) {
  int c = peek_byte(r, skip_space);
  r->peek = 0;
  return c;
}

static void read_keyword(Reader *r, const char *kw) {
  peek_byte(r, true);
  for (const char *k = kw; *k; k++) {
    if (next_byte(r, false) != *k) {
      syntax(r);
      return;
    }
  }
  if (is_ident(peek_byte(r, false))) syntax(r);
}

static void read_ident(Reader *r) {
  if (!is_ident(peek_byte(r, true))) {
    syntax(r);
    return;
  }
  while (is_ident(peek_byte(r, false))) r->peek = 0;
}

static void read_string(Reader *r) {
  switch (next_byte(r, true)) {
  case '`':
    while (!r->err) {
      if (next_byte(r, false) == '`') break;
      if (r->eof) syntax(r);
    }
    break;
  case '"':
    while (!r->err) {
      int c = next_byte(r, false);
      if (c == '"') break;
      if (r->eof || c == '\n') syntax(r);
      if (c == '\\') next_byte(r, false);
    }
    break;
  default:
    syntax(r);
  }
}

static void read_import(Reader *r) {
  int c = peek_byte(r, true);
  if (c == '.') r->peek = 0;
  else if (is_ident(c)) read_ident(r);
  read_string(r);
}

/* readGoInfo's header loop. go/parser then parses the bytes the reader consumed (all of the
 * file if the reader met a syntax error, else up to the byte that stopped it): returns that
 * length. */
size_t goheader_limit(const char *src, size_t len) {
  Reader r = {(const unsigned char *)src, len, 0, 0, false, false, false};
  read_keyword(&r, "package");
  read_ident(&r);
  while (peek_byte(&r, true) == 'i') {
    read_keyword(&r, "import");
    if (peek_byte(&r, true) == '(') {
      next_byte(&r, false);
      while (peek_byte(&r, true) != ')' && !r.err) read_import(&r);
      next_byte(&r, false);
    } else {
      read_import(&r);
    }
  }
  if (r.nul) return 0;
  if (r.err || r.eof) return len;
  return r.i ? r.i - 1 : 0;
}
