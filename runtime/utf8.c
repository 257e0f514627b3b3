/* utf8.c — package unicode/utf8 (sema/prelude/utf8.go): decoding, encoding, counting and
 * validation with Go's rules (surrogates and overlong forms are invalid; an invalid byte
 * decodes as (RuneError, 1); an empty input as (RuneError, 0)).
 * (rune, int) results are two words: returned by value as {int32 rune; int64 size}.
 */
#include "lib_internal.h"

typedef struct RuneSize { int32_t r; int64_t size; } RuneSize;

static RuneSize decode(const uint8_t *p, int64_t n) {
  RuneSize rs = {0xFFFD, 0};
  if (n <= 0) return rs;
  if (p[0] < 0x80) {
    rs.r = p[0];
    rs.size = 1;
    return rs;
  }
  int w;
  rs.r = rt_decoderune(p, n, &w);
  rs.size = w;
  return rs;
}

RuneSize utf8_DecodeRune(const uint8_t *p, int64_t n, int64_t cap) { return decode(p, n); }

RuneSize utf8_DecodeRuneInString(const uint8_t *p, int64_t n) { return decode(p, n); }

RuneSize utf8_DecodeLastRuneInString(const uint8_t *p, int64_t n) {
  RuneSize rs = {0xFFFD, 0};
  if (n == 0) return rs;
  int64_t start = n - 1;
  if (p[start] < 0x80) {
    rs.r = p[start];
    rs.size = 1;
    return rs;
  }
  int64_t lim = n - 4 < 0 ? 0 : n - 4;
  for (start--; start >= lim; start--)
    if ((p[start] & 0xC0) != 0x80) break;
  if (start < 0) start = 0;
  RuneSize d = decode(p + start, n - start);
  if (start + d.size != n) {
    rs.size = 1;
    return rs;
  }
  return d;
}

int64_t utf8_EncodeRune(uint8_t *p, int64_t len, int64_t cap, int32_t r) {
  uint8_t tmp[4];
  int w = rt_encoderune(tmp, r);
  if (len < w) gort_panic_index(w - 1, len);
  memcpy(p, tmp, (size_t)w);
  return w;
}

int64_t utf8_RuneCountInString(const uint8_t *p, int64_t n) {
  int64_t c = 0;
  for (int64_t i = 0; i < n; c++) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    int w;
    rt_decoderune(p + i, n - i, &w);
    i += w;
  }
  return c;
}

int64_t utf8_RuneCount(const uint8_t *p, int64_t n, int64_t cap) {
  return utf8_RuneCountInString(p, n);
}

int64_t utf8_RuneLen(int32_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (0xD800 <= r && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= 0x10FFFF) return 4;
  return -1;
}

bool utf8_ValidRune(int32_t r) {
  return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= 0x10FFFF);
}

bool utf8_ValidString(const uint8_t *p, int64_t n) {
  for (int64_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    int w;
    int32_t r = rt_decoderune(p + i, n - i, &w);
    if (r == 0xFFFD && w == 1) return false;
    i += w;
  }
  return true;
}

bool utf8_Valid(const uint8_t *p, int64_t n, int64_t cap) { return utf8_ValidString(p, n); }

bool utf8_RuneStart(uint8_t b) { return (b & 0xC0) != 0x80; }

/* FullRuneInString: s begins with a full encoding (or an invalid one, which counts) */
bool utf8_FullRuneInString(const uint8_t *p, int64_t n) {
  if (n == 0) return false;
  uint8_t c = p[0];
  int need = c < 0x80 ? 1 : c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
  if (n >= need) return true;
  /* a short prefix is "full" when its continuation bytes are already invalid */
  for (int64_t i = 1; i < n; i++) {
    uint8_t lo = 0x80, hi = 0xBF;
    if (i == 1) {
      if (c == 0xE0) lo = 0xA0;
      else if (c == 0xED) hi = 0x9F;
      else if (c == 0xF0) lo = 0x90;
      else if (c == 0xF4) hi = 0x8F;
    }
    if (p[i] < lo || p[i] > hi) return true;
  }
  return false;
}

/* AppendRune(p, r) []byte: through ret (three words) */
void utf8_AppendRune(GoSlice *ret, uint8_t *p, int64_t len, int64_t cap, int32_t r) {
  uint8_t tmp[4];
  int w = rt_encoderune(tmp, r);
  GoSlice s = {p, len, cap};
  if (cap - len < w) {
    gort_growslice(&s, &gort_type_uint8, p, len, cap, w);
    s.len -= w;
  }
  memcpy((uint8_t *)s.ptr + s.len, tmp, (size_t)w);
  s.len += w;
  *ret = s;
}
