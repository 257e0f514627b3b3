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
