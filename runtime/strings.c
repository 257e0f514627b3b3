/* strings.c — package strings (sema/prelude/strings.go): searching, splitting, joining,
 * replacing, trimming, case mapping (Unicode, like Go's Map) and strings.Builder, whose
 * receiver is a pointer to the Go struct `struct { buf []byte }` grown with Go's append rule.
 *
 * Substring results share the argument's bytes, as in Go (strings are immutable); new text
 * is built in an RtBuf and copied to the heap once. []string results go through `ret`.
 */
#include "lib_internal.h"

#include <stdlib.h>

typedef struct { int64_t n; GoIface err; } NErr;
typedef struct Builder { GoSlice buf; } Builder;

static GoString mk(const uint8_t *p, int64_t n) {
  GoString s = {p, n};
  return s;
}

static GoString done(RtBuf *b) {
  GoString s = rt_buf_string(b);
  rt_buf_free(b);
  return s;
}

static int32_t decode(const uint8_t *s, int64_t n, int *w) {
  if (s[0] < 0x80) {
    *w = 1;
    return s[0];
  }
  return rt_decoderune(s, n, w);
}

static int64_t rune_count(const uint8_t *s, int64_t n) {
  int64_t c = 0;
  for (int64_t i = 0; i < n; c++) {
    int w;
    decode(s + i, n - i, &w);
    i += w;
  }
  return c;
}

/* ---- searching ---- */

int64_t strings_Index(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m) {
  if (m == 0) return 0;
  if (m > n) return -1;
  const uint8_t *r = memmem(s, (size_t)n, sub, (size_t)m);
  return r ? r - s : -1;
}

int64_t strings_LastIndex(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m) {
  if (m == 0) return n;
  for (int64_t i = n - m; i >= 0; i--)
    if (s[i] == sub[0] && memcmp(s + i, sub, (size_t)m) == 0) return i;
  return -1;
}

int64_t strings_IndexByte(const uint8_t *s, int64_t n, uint8_t c) {
  const uint8_t *r = n ? memchr(s, c, (size_t)n) : NULL;
  return r ? r - s : -1;
}

int64_t strings_IndexRune(const uint8_t *s, int64_t n, int32_t r) {
  if (0 <= r && r < 0x80) return strings_IndexByte(s, n, (uint8_t)r);
  if (r == 0xFFFD) {
    for (int64_t i = 0; i < n;) {
      int w;
      if (decode(s + i, n - i, &w) == 0xFFFD) return i;
      i += w;
    }
    return -1;
  }
  if (r < 0 || r > 0x10FFFF || (0xD800 <= r && r < 0xE000)) return -1;
  uint8_t enc[4];
  int w = rt_encoderune(enc, r);
  return strings_Index(s, n, enc, w);
}

bool strings_Contains(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m) {
  return strings_Index(s, n, sub, m) >= 0;
}

bool strings_ContainsRune(const uint8_t *s, int64_t n, int32_t r) {
  return strings_IndexRune(s, n, r) >= 0;
}

int64_t strings_IndexAny(const uint8_t *s, int64_t n, const uint8_t *chars, int64_t m) {
  if (m == 0) return -1;
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = decode(s + i, n - i, &w);
    if (strings_IndexRune(chars, m, r) >= 0) return i;
    i += w;
  }
  return -1;
}

bool strings_ContainsAny(const uint8_t *s, int64_t n, const uint8_t *chars, int64_t m) {
  return strings_IndexAny(s, n, chars, m) >= 0;
}

int64_t strings_Count(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m) {
  if (m == 0) return rune_count(s, n) + 1;
  int64_t c = 0;
  for (;;) {
    int64_t i = strings_Index(s, n, sub, m);
    if (i < 0) return c;
    c++;
    s += i + m;
    n -= i + m;
  }
}

bool strings_HasPrefix(const uint8_t *s, int64_t n, const uint8_t *p, int64_t m) {
  return n >= m && (m == 0 || memcmp(s, p, (size_t)m) == 0);
}

bool strings_HasSuffix(const uint8_t *s, int64_t n, const uint8_t *p, int64_t m) {
  return n >= m && (m == 0 || memcmp(s + n - m, p, (size_t)m) == 0);
}

int64_t strings_Compare(const uint8_t *a, int64_t an, const uint8_t *b, int64_t bn) {
  int64_t c = gort_strcmp(a, an, b, bn);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

/* ---- EqualFold (simple Unicode folding, like Go) ---- */

bool strings_EqualFold(const uint8_t *s, int64_t n, const uint8_t *t, int64_t m) {
  int64_t i = 0, j = 0;
  while (i < n && j < m) {
    int ws, wt;
    int32_t sr = decode(s + i, n - i, &ws), tr = decode(t + j, m - j, &wt);
    i += ws;
    j += wt;
    if (sr == tr) continue;
    if (tr < sr) {
      int32_t x = tr;
      tr = sr;
      sr = x;
    }
    if (tr < 0x80) {
      if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    int32_t r = lib_unicode_simple_fold(sr);
    while (r != sr && r < tr) r = lib_unicode_simple_fold(r);
    if (r == tr) continue;
    return false;
  }
  return i == n && j == m;
}

/* ---- splitting and joining ---- */

static GoString *alloc_strings(int64_t n) {
  return n ? rt_alloc_typed(&gort_type_string, n) : NULL;
}

static void set_slice(GoSlice *ret, GoString *a, int64_t len, int64_t cap) {
  ret->ptr = a;
  ret->len = len;
  ret->cap = cap;
}

static void explode(GoSlice *ret, const uint8_t *s, int64_t n, int64_t lim) {
  int64_t l = rune_count(s, n);
  if (lim < 0 || lim > l) lim = l;
  GoString *a = alloc_strings(lim);
  for (int64_t i = 0; i < lim - 1; i++) {
    int w;
    decode(s, n, &w);
    a[i] = mk(s, w);
    s += w;
    n -= w;
  }
  if (lim > 0) a[lim - 1] = mk(s, n);
  set_slice(ret, a, lim, lim);
}

static void gen_split(GoSlice *ret, const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m,
                      int64_t lim) {
  if (lim == 0) {
    set_slice(ret, NULL, 0, 0);
    return;
  }
  if (m == 0) {
    explode(ret, s, n, lim);
    return;
  }
  if (lim < 0) lim = strings_Count(s, n, sep, m) + 1;
  if (lim > n + 1) lim = n + 1;
  GoString *a = alloc_strings(lim);
  int64_t i = 0;
  while (i < lim - 1) {
    int64_t k = strings_Index(s, n, sep, m);
    if (k < 0) break;
    a[i++] = mk(s, k);
    s += k + m;
    n -= k + m;
  }
  a[i] = mk(s, n);
  set_slice(ret, a, i + 1, lim);
}

void strings_Split(GoSlice *ret, const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m) {
  gen_split(ret, s, n, sep, m, -1);
}

void strings_SplitN(GoSlice *ret, const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m,
                    int64_t lim) {
  gen_split(ret, s, n, sep, m, lim);
}

void strings_Fields(GoSlice *ret, const uint8_t *s, int64_t n) {
  int64_t count = 0;
  bool in = false;
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = decode(s + i, n - i, &w);
    bool sp = lib_unicode_is_space(r);
    if (!sp && !in) count++;
    in = !sp;
    i += w;
  }
  GoString *a = alloc_strings(count);
  int64_t k = 0, start = -1;
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = decode(s + i, n - i, &w);
    if (lib_unicode_is_space(r)) {
      if (start >= 0) a[k++] = mk(s + start, i - start);
      start = -1;
    } else if (start < 0) {
      start = i;
    }
    i += w;
  }
  if (start >= 0) a[k++] = mk(s + start, n - start);
  set_slice(ret, a, count, count);
}

GoString strings_Join(const GoString *e, int64_t len, int64_t cap, const uint8_t *sep,
                      int64_t m) {
  if (len == 0) return mk(NULL, 0);
  if (len == 1) return e[0];
  RtBuf b;
  rt_buf_init(&b);
  for (int64_t i = 0; i < len; i++) {
    if (i > 0) rt_buf_write(&b, sep, m);
    rt_buf_write(&b, e[i].ptr, e[i].len);
  }
  return done(&b);
}

GoString strings_Repeat(const uint8_t *s, int64_t n, int64_t count) {
  if (count == 0) return mk(NULL, 0);
  if (count < 0) rt_panic_string("strings: negative Repeat count");
  if (n != 0 && (n * count) / count != n) rt_panic_string("strings: Repeat count causes overflow");
  int64_t total = n * count;
  uint8_t *p = rt_alloc_noscan((size_t)total);
  for (int64_t i = 0; i < count; i++) memcpy(p + i * n, s, (size_t)n);
  return mk(p, total);
}

GoString strings_Replace(const uint8_t *s, int64_t n, const uint8_t *old, int64_t on,
                         const uint8_t *nw, int64_t nn, int64_t lim) {
  if ((on == nn && memcmp(old, nw, (size_t)on) == 0) || lim == 0) return mk(s, n);
  int64_t m = strings_Count(s, n, old, on);
  if (m == 0) return mk(s, n);
  if (lim < 0 || m < lim) lim = m;
  RtBuf b;
  rt_buf_init(&b);
  int64_t start = 0;
  for (int64_t i = 0; i < lim; i++) {
    int64_t j = start;
    if (on == 0) {
      if (i > 0) {
        int w;
        decode(s + start, n - start, &w);
        j += w;
      }
    } else {
      j += strings_Index(s + start, n - start, old, on);
    }
    rt_buf_write(&b, s + start, j - start);
    rt_buf_write(&b, nw, nn);
    start = j + on;
  }
  rt_buf_write(&b, s + start, n - start);
  return done(&b);
}

GoString strings_ReplaceAll(const uint8_t *s, int64_t n, const uint8_t *old, int64_t on,
                            const uint8_t *nw, int64_t nn) {
  return strings_Replace(s, n, old, on, nw, nn, -1);
}

/* ---- case mapping (strings.Map with unicode.ToUpper / ToLower / ToTitle) ---- */

static GoString map_runes(const uint8_t *s, int64_t n, int32_t (*f)(int32_t)) {
  RtBuf b;
  rt_buf_init(&b);
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = decode(s + i, n - i, &w);
    rt_buf_rune(&b, f(r));
    i += w;
  }
  return done(&b);
}

static bool is_ascii(const uint8_t *s, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    if (s[i] >= 0x80) return false;
  return true;
}

static GoString ascii_case(const uint8_t *s, int64_t n, uint8_t lo, uint8_t hi, int delta) {
  int64_t i = 0;
  while (i < n && !(lo <= s[i] && s[i] <= hi)) i++;
  if (i == n) return mk(s, n);
  uint8_t *p = rt_alloc_noscan((size_t)n);
  for (i = 0; i < n; i++) p[i] = (lo <= s[i] && s[i] <= hi) ? (uint8_t)(s[i] + delta) : s[i];
  return mk(p, n);
}

GoString strings_ToUpper(const uint8_t *s, int64_t n) {
  if (is_ascii(s, n)) return ascii_case(s, n, 'a', 'z', 'A' - 'a');
  return map_runes(s, n, lib_unicode_to_upper);
}

GoString strings_ToLower(const uint8_t *s, int64_t n) {
  if (is_ascii(s, n)) return ascii_case(s, n, 'A', 'Z', 'a' - 'A');
  return map_runes(s, n, lib_unicode_to_lower);
}

static bool is_separator(int32_t r) {
  if (r <= 0x7F) {
    if (('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || r == '_')
      return false;
    return true;
  }
  if (lib_unicode_is_letter(r) || lib_unicode_is_digit(r)) return false;
  return lib_unicode_is_space(r);
}

GoString strings_Title(const uint8_t *s, int64_t n) {
  RtBuf b;
  rt_buf_init(&b);
  int32_t prev = ' ';
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = decode(s + i, n - i, &w);
    rt_buf_rune(&b, is_separator(prev) ? lib_unicode_to_title(r) : r);
    prev = r;
    i += w;
  }
  return done(&b);
}

/* ---- trimming ---- */

static bool in_cutset(const uint8_t *cut, int64_t m, int32_t r) {
  return strings_IndexRune(cut, m, r) >= 0;
}

/* the index after the leading runes of s that are in cutset */
static int64_t trim_left_len(const uint8_t *s, int64_t n, const uint8_t *cut, int64_t m) {
  int64_t i = 0;
  while (i < n) {
    int w;
    int32_t r = decode(s + i, n - i, &w);
    if (!in_cutset(cut, m, r)) break;
    i += w;
  }
  return i;
}

/* the length of s without its trailing runes in cutset */
static int64_t trim_right_len(const uint8_t *s, int64_t n, const uint8_t *cut, int64_t m) {
  while (n > 0) {
    int64_t start = n - 1;
    if (s[start] >= 0x80)
      while (start > 0 && n - start < 4 && (s[start] & 0xC0) == 0x80) start--;
    int w;
    int32_t r = decode(s + start, n - start, &w);
    if (start + w != n) { /* not a full rune: the last byte alone */
      start = n - 1;
      r = 0xFFFD;
    }
    if (!in_cutset(cut, m, r)) break;
    n = start;
  }
  return n;
}

GoString strings_TrimLeft(const uint8_t *s, int64_t n, const uint8_t *cut, int64_t m) {
  if (n == 0 || m == 0) return mk(s, n);
  int64_t i = trim_left_len(s, n, cut, m);
  return mk(s + i, n - i);
}

GoString strings_TrimRight(const uint8_t *s, int64_t n, const uint8_t *cut, int64_t m) {
  if (n == 0 || m == 0) return mk(s, n);
  return mk(s, trim_right_len(s, n, cut, m));
}

GoString strings_Trim(const uint8_t *s, int64_t n, const uint8_t *cut, int64_t m) {
  if (n == 0 || m == 0) return mk(s, n);
  int64_t i = trim_left_len(s, n, cut, m);
  return mk(s + i, trim_right_len(s + i, n - i, cut, m));
}

GoString strings_TrimSpace(const uint8_t *s, int64_t n) {
  static const uint8_t sp[] = " \t\n\v\f\r\xc2\x85\xc2\xa0\xe1\x9a\x80\xe2\x80\x80\xe2\x80\x81"
                              "\xe2\x80\x82\xe2\x80\x83\xe2\x80\x84\xe2\x80\x85\xe2\x80\x86"
                              "\xe2\x80\x87\xe2\x80\x88\xe2\x80\x89\xe2\x80\x8a\xe2\x80\xa8"
                              "\xe2\x80\xa9\xe2\x80\xaf\xe2\x81\x9f\xe3\x80\x80";
  return strings_Trim(s, n, sp, (int64_t)sizeof sp - 1);
}

GoString strings_TrimPrefix(const uint8_t *s, int64_t n, const uint8_t *p, int64_t m) {
  return strings_HasPrefix(s, n, p, m) ? mk(s + m, n - m) : mk(s, n);
}

GoString strings_TrimSuffix(const uint8_t *s, int64_t n, const uint8_t *p, int64_t m) {
  return strings_HasSuffix(s, n, p, m) ? mk(s, n - m) : mk(s, n);
}

/* ---- strings.Builder ---- */

static void builder_append(Builder *b, const void *p, int64_t n) {
  if (n == 0) return;
  GoSlice *s = &b->buf;
  if (s->cap - s->len < n) {
    GoSlice g;
    gort_growslice(&g, &gort_type_uint8, s->ptr, s->len, s->cap, n);
    lib_store_ptr(&s->ptr, g.ptr);
    s->len = g.len - n;
    s->cap = g.cap;
  }
  memcpy((uint8_t *)s->ptr + s->len, p, (size_t)n);
  s->len += n;
}

void strings_Builder_WriteString(NErr *ret, Builder *b, const uint8_t *p, int64_t n) {
  builder_append(b, p, n);
  ret->n = n;
  ret->err.itab = NULL;
  ret->err.data = NULL;
}

void strings_Builder_Write(NErr *ret, Builder *b, const uint8_t *p, int64_t n, int64_t cap) {
  strings_Builder_WriteString(ret, b, p, n);
}

GoIface strings_Builder_WriteByte(Builder *b, uint8_t c) {
  builder_append(b, &c, 1);
  GoIface none = {NULL, NULL};
  return none;
}

void strings_Builder_WriteRune(NErr *ret, Builder *b, int32_t r) {
  uint8_t enc[4];
  int w = rt_encoderune(enc, r);
  strings_Builder_WriteString(ret, b, enc, w);
}

GoString strings_Builder_String(Builder *b) { return mk(b->buf.ptr, b->buf.len); }

int64_t strings_Builder_Len(Builder *b) { return b->buf.len; }

void strings_Builder_Reset(Builder *b) {
  lib_store_ptr(&b->buf.ptr, NULL);
  b->buf.len = 0;
  b->buf.cap = 0;
}

void strings_Builder_Grow(Builder *b, int64_t n) {
  if (n < 0) rt_panic_string("strings.Builder.Grow: negative count");
  GoSlice *s = &b->buf;
  if (s->cap - s->len < n) {
    int64_t cap = 2 * s->cap + n;
    uint8_t *p = rt_alloc_noscan((size_t)cap);
    if (s->len) memcpy(p, s->ptr, (size_t)s->len);
    lib_store_ptr(&s->ptr, p);
    s->cap = cap;
  }
}

/* ---- functions taking Go func values (closure convention of gort.h: the record is the
 * hidden first argument; a func(rune) bool is called as fn(rec, r)) ---- */

static bool call_pred(void *f, int32_t r) {
  if (!f) gort_panic_nil();
  return ((bool (*)(void *, int32_t)) * (void **)f)(f, r);
}

static int32_t call_map(void *f, int32_t r) {
  if (!f) gort_panic_nil();
  return ((int32_t(*)(void *, int32_t)) * (void **)f)(f, r);
}

int64_t strings_IndexFunc(const uint8_t *s, int64_t n, void *f) {
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = decode(s + i, n - i, &w);
    if (call_pred(f, r)) return i;
    i += w;
  }
  return -1;
}

GoString strings_TrimFunc(const uint8_t *s, int64_t n, void *f) {
  int64_t i = 0;
  while (i < n) {
    int w;
    int32_t r = decode(s + i, n - i, &w);
    if (!call_pred(f, r)) break;
    i += w;
  }
  s += i;
  n -= i;
  while (n > 0) {
    int64_t start = n - 1;
    if (s[start] >= 0x80)
      while (start > 0 && n - start < 4 && (s[start] & 0xC0) == 0x80) start--;
    int w;
    int32_t r = decode(s + start, n - start, &w);
    if (start + w != n) {
      start = n - 1;
      r = 0xFFFD;
    }
    if (!call_pred(f, r)) break;
    n = start;
  }
  return mk(s, n);
}

/* Map: runes mapped by f; a negative result drops the rune (invalid bytes become U+FFFD) */
GoString strings_Map(void *f, const uint8_t *s, int64_t n) {
  RtBuf b;
  rt_buf_init(&b);
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = call_map(f, decode(s + i, n - i, &w));
    if (r >= 0) rt_buf_rune(&b, r);
    i += w;
  }
  return done(&b);
}

void strings_FieldsFunc(GoSlice *ret, const uint8_t *s, int64_t n, void *f) {
  int64_t count = 0, start = -1;
  /* first pass records the spans (f may have side effects: Go calls it once per rune) */
  int64_t cap = 8;
  int64_t *spans = malloc((size_t)cap * 2 * sizeof *spans);
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = decode(s + i, n - i, &w);
    bool sep = call_pred(f, r);
    if (sep && start >= 0) {
      if (count == cap) spans = realloc(spans, (size_t)(cap *= 2) * 2 * sizeof *spans);
      spans[2 * count] = start;
      spans[2 * count + 1] = i;
      count++;
      start = -1;
    } else if (!sep && start < 0) {
      start = i;
    }
    i += w;
  }
  if (start >= 0) {
    if (count == cap) spans = realloc(spans, (size_t)(cap *= 2) * 2 * sizeof *spans);
    spans[2 * count] = start;
    spans[2 * count + 1] = n;
    count++;
  }
  GoString *a = alloc_strings(count);
  for (int64_t k = 0; k < count; k++) a[k] = mk(s + spans[2 * k], spans[2 * k + 1] - spans[2 * k]);
  free(spans);
  set_slice(ret, a, count, count);
}

int64_t strings_LastIndexByte(const uint8_t *s, int64_t n, uint8_t c) {
  for (int64_t i = n - 1; i >= 0; i--)
    if (s[i] == c) return i;
  return -1;
}

GoString strings_ToTitle(const uint8_t *s, int64_t n) {
  return map_runes(s, n, lib_unicode_to_title);
}

/* Go's genSplit with sepSave = len(sep): at most lim pieces (lim < 0: all; 0: nil). */
void strings_SplitAfterN(GoSlice *ret, const uint8_t *s, int64_t n, const uint8_t *sep,
                         int64_t m, int64_t lim) {
  if (lim == 0) {
    ret->ptr = NULL;
    ret->len = ret->cap = 0;
    return;
  }
  if (m == 0) {
    explode(ret, s, n, lim);
    return;
  }
  if (lim < 0) lim = strings_Count(s, n, sep, m) + 1;
  if (lim > n + 1) lim = n + 1;
  GoString *a = alloc_strings(lim);
  int64_t i = 0;
  while (i < lim - 1) {
    int64_t k = strings_Index(s, n, sep, m);
    if (k < 0) break;
    a[i++] = mk(s, k + m);
    s += k + m;
    n -= k + m;
  }
  a[i] = mk(s, n);
  set_slice(ret, a, i + 1, lim);
}

void strings_SplitAfter(GoSlice *ret, const uint8_t *s, int64_t n, const uint8_t *sep,
                        int64_t m) {
  strings_SplitAfterN(ret, s, n, sep, m, -1);
}

typedef struct CutResult { GoString before, after; bool found; } CutResult;

void strings_Cut(CutResult *ret, const uint8_t *s, int64_t n, const uint8_t *sep, int64_t m) {
  int64_t i = strings_Index(s, n, sep, m);
  if (i >= 0) {
    ret->before = mk(s, i);
    ret->after = mk(s + i + m, n - i - m);
    ret->found = true;
  } else {
    ret->before = mk(s, n);
    ret->after = mk(NULL, 0);
    ret->found = false;
  }
}
