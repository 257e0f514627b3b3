/* strconv.c — the pieces of Go's strconv that fmt's C body needs (package strconv itself is
 * compiled from Go's source): integer digits (lib_append_int/uint, for %e's exponent and the
 * float formatter), IsPrint and IsGraphic over the generated unicode_tables.c, and quoting
 * with Go's escapes (lib_append_quote*, for %q, %+q and %#q).
 */
#include "lib_internal.h"

static const char lowerhex[] = "0123456789abcdef";

void lib_append_uint(RtBuf *b, uint64_t v, int base) {
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  char tmp[65];
  int i = 65;
  do {
    tmp[--i] = digits[v % (unsigned)base];
    v /= (unsigned)base;
  } while (v);
  rt_buf_write(b, tmp + i, 65 - i);
}

void lib_append_int(RtBuf *b, int64_t v, int base) {
  if (v < 0) {
    rt_buf_putc(b, '-');
    lib_append_uint(b, -(uint64_t)v, base);
  } else {
    lib_append_uint(b, (uint64_t)v, base);
  }
}

static bool in_ranges(const uint32_t (*tab)[2], int len, uint32_t r) {
  int lo = 0, hi = len;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if (r < tab[m][0])
      hi = m;
    else if (r > tab[m][1])
      lo = m + 1;
    else
      return true;
  }
  return false;
}

extern const uint32_t lib_tab_print[][2], lib_tab_graphic[][2];
extern const int lib_tab_print_len, lib_tab_graphic_len;

bool lib_isprint(int32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  return in_ranges(lib_tab_print, lib_tab_print_len, (uint32_t)r);
}

bool lib_isgraphic(int32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  return in_ranges(lib_tab_graphic, lib_tab_graphic_len, (uint32_t)r);
}

bool lib_can_backquote(const uint8_t *s, int64_t n) {
  for (int64_t i = 0; i < n;) {
    int w = 1;
    int32_t r = s[i];
    if (r >= 0x80) r = rt_decoderune(s + i, n - i, &w);
    i += w;
    if (w > 1) {
      if (r == 0xFEFF) return false;
      continue;
    }
    if (r == 0xFFFD) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

static void append_escaped_rune(RtBuf *b, int32_t r, int quote, bool ascii) {
  if (r == quote || r == '\\') {
    rt_buf_putc(b, '\\');
    rt_buf_putc(b, r);
    return;
  }
  if (ascii) {
    if (r < 0x80 && lib_isprint(r)) {
      rt_buf_putc(b, r);
      return;
    }
  } else if (lib_isprint(r)) {
    rt_buf_rune(b, r);
    return;
  }
  switch (r) {
  case '\a': rt_buf_puts(b, "\\a"); return;
  case '\b': rt_buf_puts(b, "\\b"); return;
  case '\f': rt_buf_puts(b, "\\f"); return;
  case '\n': rt_buf_puts(b, "\\n"); return;
  case '\r': rt_buf_puts(b, "\\r"); return;
  case '\t': rt_buf_puts(b, "\\t"); return;
  case '\v': rt_buf_puts(b, "\\v"); return;
  }
  if (r < ' ' || r == 0x7F) {
    rt_buf_puts(b, "\\x");
    rt_buf_putc(b, lowerhex[(r >> 4) & 0xF]);
    rt_buf_putc(b, lowerhex[r & 0xF]);
    return;
  }
  if (r > 0x10FFFF || (0xD800 <= r && r < 0xE000)) r = 0xFFFD;
  if (r < 0x10000) {
    rt_buf_puts(b, "\\u");
    for (int s = 12; s >= 0; s -= 4) rt_buf_putc(b, lowerhex[(r >> s) & 0xF]);
  } else {
    rt_buf_puts(b, "\\U");
    for (int s = 28; s >= 0; s -= 4) rt_buf_putc(b, lowerhex[(r >> s) & 0xF]);
  }
}

void lib_append_quote(RtBuf *b, const uint8_t *s, int64_t n, bool ascii) {
  rt_buf_putc(b, '"');
  for (int64_t i = 0; i < n;) {
    int w = 1;
    int32_t r = s[i];
    if (r >= 0x80) r = rt_decoderune(s + i, n - i, &w);
    if (w == 1 && r == 0xFFFD) {
      rt_buf_puts(b, "\\x");
      rt_buf_putc(b, lowerhex[s[i] >> 4]);
      rt_buf_putc(b, lowerhex[s[i] & 0xF]);
      i++;
      continue;
    }
    append_escaped_rune(b, r, '"', ascii);
    i += w;
  }
  rt_buf_putc(b, '"');
}

void lib_append_quote_rune(RtBuf *b, int32_t r, bool ascii) {
  rt_buf_putc(b, '\'');
  if (r < 0 || r > 0x10FFFF || (0xD800 <= r && r < 0xE000)) r = 0xFFFD;
  append_escaped_rune(b, r, '\'', ascii);
  rt_buf_putc(b, '\'');
}
