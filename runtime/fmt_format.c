/* fmt_format.c — the formatting primitives of Go's fmt (fmt/format.go): padding to a width,
 * integers in every base with precision and flags, %U, strings with precision, hex strings,
 * quoting, characters and floats with the +, space, # and 0 flags. Each function appends to
 * the printer's buffer and honours p->f / p->wid / p->prec exactly like its Go namesake.
 */
#include "lib_internal.h"

const char fmt_ldigits[] = "0123456789abcdefx";
const char fmt_udigits[] = "0123456789ABCDEFX";

void fmt_clearflags(Printer *p) {
  memset(&p->f, 0, sizeof p->f);
  p->wid = 0;
  p->prec = 0;
}

static int64_t rune_count(const uint8_t *s, int64_t n) {
  int64_t c = 0;
  for (int64_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      i++;
    } else {
      int sz;
      rt_decoderune(s + i, n - i, &sz);
      i += sz;
    }
    c++;
  }
  return c;
}

void fmt_write_padding(Printer *p, int64_t n) {
  if (n <= 0) return;
  uint8_t c = p->f.zero ? '0' : ' ';
  uint8_t chunk[64];
  memset(chunk, c, sizeof chunk);
  while (n > 0) {
    int64_t k = n < 64 ? n : 64;
    rt_buf_write(&p->buf, chunk, k);
    n -= k;
  }
}

void fmt_pad(Printer *p, const uint8_t *s, int64_t n) {
  if (!p->f.wid_present || p->wid == 0) {
    rt_buf_write(&p->buf, s, n);
    return;
  }
  int64_t width = p->wid - rune_count(s, n);
  if (!p->f.minus) {
    fmt_write_padding(p, width);
    rt_buf_write(&p->buf, s, n);
  } else {
    rt_buf_write(&p->buf, s, n);
    fmt_write_padding(p, width);
  }
}

void fmt_padstr(Printer *p, const char *s) { fmt_pad(p, (const uint8_t *)s, (int64_t)strlen(s)); }

void fmt_boolean(Printer *p, bool v) { fmt_padstr(p, v ? "true" : "false"); }

/* %U: "U+0078" or with # "U+0078 'x'" */
void fmt_unicode(Printer *p, uint64_t u) {
  char tmp[96];
  RtBuf *b = &p->buf;
  int64_t prec = 4;
  if (p->f.prec_present && p->prec > 4) prec = p->prec;
  int n = 0;
  char hex[32];
  uint64_t v = u;
  do {
    hex[n++] = fmt_udigits[v & 0xF];
    v >>= 4;
  } while (v != 0);
  RtBuf t;
  rt_buf_init(&t);
  rt_buf_puts(&t, "U+");
  for (int64_t i = n; i < prec; i++) rt_buf_putc(&t, '0');
  while (n > 0) rt_buf_putc(&t, hex[--n]);
  if (p->f.sharp && u <= 0x10FFFF && lib_isprint((int32_t)u)) {
    int w = rt_encoderune((uint8_t *)tmp, (int32_t)u);
    rt_buf_puts(&t, " '");
    rt_buf_write(&t, tmp, w);
    rt_buf_putc(&t, '\'');
  }
  bool oldzero = p->f.zero;
  p->f.zero = false;
  fmt_pad(p, t.p, t.len);
  p->f.zero = oldzero;
  rt_buf_free(&t);
  (void)b;
}

void fmt_integer(Printer *p, uint64_t u, int base, bool is_signed, int verb, const char *digits) {
  bool negative = is_signed && (int64_t)u < 0;
  if (negative) u = -u;
  int64_t size = 68;
  if (p->f.wid_present || p->f.prec_present) {
    int64_t width = 3 + p->wid + p->prec;
    if (width > size) size = width;
  }
  uint8_t small[68];
  uint8_t *buf = size > 68 ? rt_alloc_noscan((size_t)size) : small;
  int64_t prec = 0;
  if (p->f.prec_present) {
    prec = p->prec;
    if (prec == 0 && u == 0) {
      bool oldzero = p->f.zero;
      p->f.zero = false;
      fmt_write_padding(p, p->wid);
      p->f.zero = oldzero;
      return;
    }
  } else if (p->f.zero && p->f.wid_present) {
    prec = p->wid;
    if (negative || p->f.plus || p->f.space) prec--;
  }
  int64_t i = size;
  switch (base) {
  case 10:
    for (; u >= 10; u /= 10) buf[--i] = (uint8_t)('0' + u % 10);
    break;
  case 16:
    for (; u >= 16; u >>= 4) buf[--i] = (uint8_t)digits[u & 0xF];
    break;
  case 8:
    for (; u >= 8; u >>= 3) buf[--i] = (uint8_t)('0' + (u & 7));
    break;
  case 2:
    for (; u >= 2; u >>= 1) buf[--i] = (uint8_t)('0' + (u & 1));
    break;
  }
  buf[--i] = (uint8_t)digits[u];
  while (i > 0 && prec > size - i) buf[--i] = '0';
  if (p->f.sharp) {
    switch (base) {
    case 2:
      buf[--i] = 'b';
      buf[--i] = '0';
      break;
    case 8:
      if (buf[i] != '0') buf[--i] = '0';
      break;
    case 16:
      buf[--i] = (uint8_t)digits[16];
      buf[--i] = '0';
      break;
    }
  }
  if (verb == 'O') {
    buf[--i] = 'o';
    buf[--i] = '0';
  }
  if (negative)
    buf[--i] = '-';
  else if (p->f.plus)
    buf[--i] = '+';
  else if (p->f.space)
    buf[--i] = ' ';
  bool oldzero = p->f.zero;
  p->f.zero = false;
  fmt_pad(p, buf + i, size - i);
  p->f.zero = oldzero;
}

/* the prefix of s holding at most prec runes (when a precision is present) */
static int64_t truncate_len(Printer *p, const uint8_t *s, int64_t n) {
  if (!p->f.prec_present) return n;
  int64_t left = p->prec;
  for (int64_t i = 0; i < n;) {
    if (--left < 0) return i;
    int sz = 1;
    if (s[i] >= 0x80) rt_decoderune(s + i, n - i, &sz);
    i += sz;
  }
  return n;
}

void fmt_s(Printer *p, const uint8_t *s, int64_t n) { fmt_pad(p, s, truncate_len(p, s, n)); }

/* %x %X of a string or byte slice, with space and # flags */
void fmt_sx(Printer *p, const uint8_t *s, int64_t n, const char *digits) {
  int64_t length = n;
  if (p->f.prec_present && p->prec < length) length = p->prec;
  int64_t width = 2 * length;
  if (width > 0) {
    if (p->f.space) {
      if (p->f.sharp) width *= 2;
      width += length - 1;
    } else if (p->f.sharp) {
      width += 2;
    }
  } else {
    if (p->f.wid_present) fmt_write_padding(p, p->wid);
    return;
  }
  if (p->f.wid_present && p->wid > width && !p->f.minus) fmt_write_padding(p, p->wid - width);
  RtBuf *b = &p->buf;
  if (p->f.sharp) {
    rt_buf_putc(b, '0');
    rt_buf_putc(b, digits[16]);
  }
  for (int64_t i = 0; i < length; i++) {
    if (p->f.space && i > 0) {
      rt_buf_putc(b, ' ');
      if (p->f.sharp) {
        rt_buf_putc(b, '0');
        rt_buf_putc(b, digits[16]);
      }
    }
    rt_buf_putc(b, digits[s[i] >> 4]);
    rt_buf_putc(b, digits[s[i] & 0xF]);
  }
  if (p->f.wid_present && p->wid > width && p->f.minus) fmt_write_padding(p, p->wid - width);
}

void fmt_q(Printer *p, const uint8_t *s, int64_t n) {
  n = truncate_len(p, s, n);
  RtBuf t;
  rt_buf_init(&t);
  if (p->f.sharp && lib_can_backquote(s, n)) {
    rt_buf_putc(&t, '`');
    rt_buf_write(&t, s, n);
    rt_buf_putc(&t, '`');
  } else {
    lib_append_quote(&t, s, n, p->f.plus);
  }
  fmt_pad(p, t.p, t.len);
  rt_buf_free(&t);
}

void fmt_c(Printer *p, uint64_t c) {
  int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
  uint8_t tmp[4];
  int w = rt_encoderune(tmp, r);
  fmt_pad(p, tmp, w);
}

void fmt_qc(Printer *p, uint64_t c) {
  int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
  RtBuf t;
  rt_buf_init(&t);
  lib_append_quote_rune(&t, r, p->f.plus);
  fmt_pad(p, t.p, t.len);
  rt_buf_free(&t);
}

/* the # flag on a float: keep a decimal point and (for %g/%v/%x) trailing zeros */
static void sharp_float(RtBuf *num, int verb, int prec) {
  int digits = 0;
  if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = prec == -1 ? 6 : prec;
  char tail[16];
  int taillen = 0;
  bool has_point = false, nonzero = false;
  for (int64_t i = 1; i < num->len; i++) {
    uint8_t c = num->p[i];
    if (c == '.') {
      has_point = true;
    } else if (c == 'p' || c == 'P' ||
               ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
      taillen = (int)(num->len - i);
      memcpy(tail, num->p + i, (size_t)taillen);
      num->len = i;
      break;
    } else {
      if (c != '0') nonzero = true;
      if (nonzero) digits--;
    }
  }
  if (!has_point) {
    if (num->len == 2 && num->p[1] == '0') digits--;
    rt_buf_putc(num, '.');
  }
  for (; digits > 0; digits--) rt_buf_putc(num, '0');
  rt_buf_write(num, tail, taillen);
}

void fmt_float(Printer *p, double v, int size, int verb, int prec) {
  if (p->f.prec_present) prec = (int)p->prec;
  RtBuf num;
  rt_buf_init(&num);
  rt_buf_putc(&num, '+');
  lib_append_float(&num, v, verb, prec, size);
  uint8_t *s = num.p;
  int64_t n = num.len;
  if (s[1] == '-' || s[1] == '+') {
    s++;
    n--;
  } else {
    s[0] = '+';
  }
  if (p->f.space && s[0] == '+' && !p->f.plus) s[0] = ' ';
  if (s[1] == 'I' || s[1] == 'N') {
    bool oldzero = p->f.zero;
    p->f.zero = false;
    if (s[1] == 'N' && !p->f.space && !p->f.plus) {
      s++;
      n--;
    }
    fmt_pad(p, s, n);
    p->f.zero = oldzero;
    rt_buf_free(&num);
    return;
  }
  RtBuf t;
  rt_buf_init(&t);
  if (p->f.sharp && verb != 'b') { /* work on a copy that starts at the sign */
    rt_buf_write(&t, s, n);
    sharp_float(&t, verb, prec);
    s = t.p;
    n = t.len;
  }
  if (p->f.plus || s[0] != '+') {
    if (p->f.zero && p->f.wid_present && p->wid > n) {
      rt_buf_putc(&p->buf, s[0]);
      fmt_write_padding(p, p->wid - n);
      rt_buf_write(&p->buf, s + 1, n - 1);
    } else {
      fmt_pad(p, s, n);
    }
  } else {
    fmt_pad(p, s + 1, n - 1);
  }
  rt_buf_free(&t);
  rt_buf_free(&num);
}
