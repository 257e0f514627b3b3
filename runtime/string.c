/* string.c — Go strings: concatenation, comparison, conversions, UTF-8 (Go's rules), and the
 * runtime's growable byte buffer (RtBuf).
 *
 * Invariants:
 *   - A GoString's bytes are immutable; every new string's bytes come from the allocator as
 *     pointer-free memory (rt_alloc_noscan). An empty string may have any ptr (often NULL).
 *   - UTF-8 decoding follows unicode/utf8: a surrogate half, an overlong form, a value above
 *     U+10FFFF or a truncated sequence decodes as (U+FFFD, width 1); encoding an invalid rune
 *     writes U+FFFD.
 *   - []byte/[]rune results have Go's capacity: the allocation rounded up to the size class
 *     (runtime/string.go rawbyteslice, rawruneslice).
 *   - RtBuf keeps up to 128 bytes inline, then spills to malloc memory owned by the buffer;
 *     it must not be copied or moved while in use; rt_buf_string copies into the Go heap.
 *
 * Example: gort_decoderune("\xe4\xb8\x96!", 4, 0, &next) == 0x4e16 with next == 3;
 *          gort_decoderune("\xff", 1, 0, &next) == 0xfffd with next == 1.
 */
#include "rt_internal.h"
#include <stdio.h>
#include <stdlib.h>

enum { RUNE_ERROR = 0xFFFD, MAX_RUNE = 0x10FFFF, SURR_LO = 0xD800, SURR_HI = 0xDFFF };

static uint8_t byte_strings[256];   /* one-byte strings need no allocation (Go: staticuint64s) */

GoString rt_strn(const void *p, int64_t n) {
  GoString s = {NULL, n};
  if (n <= 0) { s.len = 0; return s; }
  if (n == 1) {
    uint8_t c = *(const uint8_t *)p;
    byte_strings[c] = c;
    s.ptr = &byte_strings[c];
    return s;
  }
  uint8_t *q = rt_alloc_noscan_nozero((size_t)n);
  memcpy(q, p, (size_t)n);
  s.ptr = q;
  return s;
}

GoString rt_str(const char *cstr) { return rt_strn(cstr, (int64_t)strlen(cstr)); }

char *rt_cstr(GoString s) {
  char *q = rt_alloc_noscan_nozero((size_t)s.len + 1);
  if (s.len) memcpy(q, s.ptr, (size_t)s.len);
  q[s.len] = 0;
  return q;
}

/* ---- concatenation and comparison ---- */

GoString gort_concat2(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen) {
  GoString s = {a, alen};
  if (blen == 0) return s;
  if (alen == 0) { s.ptr = b; s.len = blen; return s; }
  if (alen + blen < alen) rt_panic_runtime("string concatenation too long");  /* unreachable */
  uint8_t *q = rt_alloc_noscan_nozero((size_t)(alen + blen));
  memcpy(q, a, (size_t)alen);
  memcpy(q + alen, b, (size_t)blen);
  s.ptr = q;
  s.len = alen + blen;
  return s;
}

GoString gort_concatn(const GoString *parts, int64_t n) {
  int64_t total = 0, nonempty = 0, last = 0;
  for (int64_t i = 0; i < n; i++) {
    if (parts[i].len == 0) continue;
    total += parts[i].len;
    nonempty++;
    last = i;
  }
  GoString s = {NULL, 0};
  if (nonempty == 0) return s;
  if (nonempty == 1) return parts[last];
  uint8_t *q = rt_alloc_noscan_nozero((size_t)total);
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) {
    if (parts[i].len == 0) continue;
    memcpy(q + off, parts[i].ptr, (size_t)parts[i].len);
    off += parts[i].len;
  }
  s.ptr = q;
  s.len = total;
  return s;
}

int64_t gort_strcmp(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen) {
  int64_t n = alen < blen ? alen : blen;
  if (n > 0 && a != b) {
    int c = memcmp(a, b, (size_t)n);
    if (c) return c < 0 ? -1 : 1;
  }
  return alen < blen ? -1 : alen > blen ? 1 : 0;
}

bool gort_streq(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen) {
  return alen == blen && (a == b || alen == 0 || memcmp(a, b, (size_t)alen) == 0);
}

/* ---- UTF-8 (unicode/utf8 rules) ---- */

int32_t rt_decoderune(const uint8_t *p, int64_t n, int *size) {
  if (n <= 0) { *size = 0; return RUNE_ERROR; }
  uint8_t c = p[0];
  *size = 1;
  if (c < 0x80) return c;
  int need;
  int32_t r, min;
  if (c >= 0xC2 && c <= 0xDF) { need = 1; r = c & 0x1F; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { need = 2; r = c & 0x0F; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 3; r = c & 0x07; min = 0x10000; }
  else return RUNE_ERROR;
  if (n <= need) {
    /* truncated: still RuneError width 1 (even if the prefix is valid) */
    return RUNE_ERROR;
  }
  for (int i = 1; i <= need; i++) {
    if ((p[i] & 0xC0) != 0x80) return RUNE_ERROR;
    r = (r << 6) | (p[i] & 0x3F);
  }
  if (r < min || r > MAX_RUNE || (r >= SURR_LO && r <= SURR_HI)) return RUNE_ERROR;
  *size = need + 1;
  return r;
}

int32_t gort_decoderune(const uint8_t *p, int64_t n, int64_t i, int64_t *next) {
  if (p[i] < 0x80) { *next = i + 1; return p[i]; }
  int size;
  int32_t r = rt_decoderune(p + i, n - i, &size);
  *next = i + size;
  return r;
}

int rt_encoderune(uint8_t *out, int32_t r) {
  uint32_t u = (uint32_t)r;
  if (u < 0x80) { out[0] = (uint8_t)u; return 1; }
  if (u < 0x800) {
    out[0] = (uint8_t)(0xC0 | (u >> 6));
    out[1] = (uint8_t)(0x80 | (u & 0x3F));
    return 2;
  }
  if (u > MAX_RUNE || (u >= SURR_LO && u <= SURR_HI)) u = RUNE_ERROR;
  if (u < 0x10000) {
    out[0] = (uint8_t)(0xE0 | (u >> 12));
    out[1] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
    out[2] = (uint8_t)(0x80 | (u & 0x3F));
    return 3;
  }
  out[0] = (uint8_t)(0xF0 | (u >> 18));
  out[1] = (uint8_t)(0x80 | ((u >> 12) & 0x3F));
  out[2] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
  out[3] = (uint8_t)(0x80 | (u & 0x3F));
  return 4;
}

static int runelen(int32_t r) {
  uint32_t u = (uint32_t)r;
  if (u < 0x80) return 1;
  if (u < 0x800) return 2;
  if (u > MAX_RUNE || (u >= SURR_LO && u <= SURR_HI)) return 3;
  return u < 0x10000 ? 3 : 4;
}

/* ---- conversions ---- */

GoString gort_string_from_bytes(const uint8_t *p, int64_t n) { return rt_strn(p, n); }

GoString gort_string_from_rune(int64_t r) {
  uint8_t buf[4];
  if (r < 0 || r > MAX_RUNE) r = RUNE_ERROR;
  int n = rt_encoderune(buf, (int32_t)r);
  return rt_strn(buf, n);
}

GoString gort_string_from_runes(const int32_t *p, int64_t n) {
  int64_t total = 0;
  for (int64_t i = 0; i < n; i++) total += runelen(p[i]);
  GoString s = {NULL, 0};
  if (total == 0) return s;
  uint8_t *q = rt_alloc_noscan((size_t)total);
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) off += rt_encoderune(q + off, p[i]);
  s.ptr = q;
  s.len = total;
  return s;
}

void gort_bytes_from_string(GoSlice *ret, const uint8_t *p, int64_t n) {
  size_t cap = n > 0 ? rt_roundupsize((size_t)n) : 0;
  uint8_t *q = rt_alloc_noscan_nozero(cap);
  if (n > 0) memcpy(q, p, (size_t)n);
  if (cap > (size_t)n) memset(q + (n > 0 ? n : 0), 0, cap - (size_t)(n > 0 ? n : 0));
  ret->ptr = q;
  ret->len = n;
  ret->cap = (int64_t)cap;
}

void gort_runes_from_string(GoSlice *ret, const uint8_t *p, int64_t n) {
  int64_t count = 0;
  for (int64_t i = 0; i < n; count++) {
    int size = 1;
    if (p[i] >= 0x80) rt_decoderune(p + i, n - i, &size);
    i += size;
  }
  size_t mem = count > 0 ? rt_roundupsize((size_t)count * 4) : 0;
  int32_t *q = rt_alloc_noscan(mem);
  int64_t k = 0;
  for (int64_t i = 0; i < n; k++) {
    int size = 1;
    q[k] = p[i] < 0x80 ? p[i] : rt_decoderune(p + i, n - i, &size);
    i += size;
  }
  ret->ptr = q;
  ret->len = count;
  ret->cap = (int64_t)(mem / 4);
}

/* ---- RtBuf ---- */

void rt_buf_init(RtBuf *b) {
  b->p = b->small;
  b->len = 0;
  b->cap = (int64_t)sizeof b->small;
}

static void buf_grow(RtBuf *b, int64_t need) {
  int64_t cap = b->cap * 2;
  while (cap < b->len + need) cap *= 2;
  uint8_t *q = b->p == b->small ? malloc((size_t)cap) : realloc(b->p, (size_t)cap);
  if (!q) rt_throw_oom();
  if (b->p == b->small) memcpy(q, b->small, (size_t)b->len);
  b->p = q;
  b->cap = cap;
}

void rt_buf_write(RtBuf *b, const void *p, int64_t n) {
  if (n <= 0) return;
  if (b->len + n > b->cap) buf_grow(b, n);
  memcpy(b->p + b->len, p, (size_t)n);
  b->len += n;
}

void rt_buf_putc(RtBuf *b, int c) {
  if (b->len + 1 > b->cap) buf_grow(b, 1);
  b->p[b->len++] = (uint8_t)c;
}

void rt_buf_puts(RtBuf *b, const char *s) { rt_buf_write(b, s, (int64_t)strlen(s)); }

void rt_buf_rune(RtBuf *b, int32_t r) {
  uint8_t tmp[4];
  rt_buf_write(b, tmp, rt_encoderune(tmp, r));
}

void rt_buf_printf(RtBuf *b, const char *fmt, ...) {
  char tmp[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof tmp) { rt_buf_write(b, tmp, n); return; }
  if (b->len + n + 1 > b->cap) buf_grow(b, n + 1);
  va_start(ap, fmt);
  vsnprintf((char *)b->p + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += n;
}

GoString rt_buf_string(RtBuf *b) { return rt_strn(b->p, b->len); }

void rt_buf_free(RtBuf *b) {
  if (b->p != b->small) free(b->p);
  rt_buf_init(b);
}
