/* stdmisc.c — the small packages: unicode (classes and case mapping from the generated
 * unicode_tables.c) and time (Now, Since, Duration methods, Duration.String exactly like Go:
 * "1.5s", "100ms", "2h0m0s", "0s"). time's timers (Sleep, After, Timer, Ticker) are the
 * scheduler's: timer.c; sync and sync/atomic: sync.c.
 */
#include "lib_internal.h"

#include <stdlib.h>
#include <time.h>

/* ---- unicode ---- */

extern const uint32_t lib_tab_letter[][2], lib_tab_upper[][2], lib_tab_lower[][2],
    lib_tab_digit[][2], lib_tab_number[][2], lib_tab_punct[][2], lib_tab_space[][2];
extern const int lib_tab_letter_len, lib_tab_upper_len, lib_tab_lower_len, lib_tab_digit_len,
    lib_tab_number_len, lib_tab_punct_len, lib_tab_space_len;
extern const int32_t lib_tab_case[][5], lib_tab_fold[][2];
extern const int lib_tab_case_len, lib_tab_fold_len;

static bool in_table(const uint32_t (*tab)[2], int len, int32_t r) {
  if (r < 0) return false;
  int lo = 0, hi = len;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if ((uint32_t)r < tab[m][0])
      hi = m;
    else if ((uint32_t)r > tab[m][1])
      lo = m + 1;
    else
      return true;
  }
  return false;
}

bool lib_unicode_is_space(int32_t r) {
  if (r < 0x80) return r == ' ' || (r >= '\t' && r <= '\r');
  return in_table(lib_tab_space, lib_tab_space_len, r);
}
bool lib_unicode_is_letter(int32_t r) {
  if (r < 0x80) return (r | 0x20) >= 'a' && (r | 0x20) <= 'z';
  return in_table(lib_tab_letter, lib_tab_letter_len, r);
}
bool lib_unicode_is_upper(int32_t r) { return in_table(lib_tab_upper, lib_tab_upper_len, r); }
bool lib_unicode_is_lower(int32_t r) { return in_table(lib_tab_lower, lib_tab_lower_len, r); }
bool lib_unicode_is_digit(int32_t r) {
  if (r < 0x80) return r >= '0' && r <= '9';
  return in_table(lib_tab_digit, lib_tab_digit_len, r);
}

/* unicode.To(c, r) over CaseRanges: c 0 upper, 1 lower, 2 title */
static int32_t to_case(int c, int32_t r) {
  int lo = 0, hi = lib_tab_case_len;
  while (lo < hi) {
    int m = lo + (hi - lo) / 2;
    const int32_t *cr = lib_tab_case[m];
    if (cr[0] <= r && r <= cr[1]) {
      int32_t delta = cr[2 + c];
      if (delta > 0x10FFFF) return cr[0] + (((r - cr[0]) & ~1) | (c & 1));
      return r + delta;
    }
    if (r < cr[0])
      hi = m;
    else
      lo = m + 1;
  }
  return r;
}

int32_t lib_unicode_to_upper(int32_t r) {
  if (r < 0x80) return ('a' <= r && r <= 'z') ? r - 32 : r;
  return to_case(0, r);
}
int32_t lib_unicode_to_lower(int32_t r) {
  if (r < 0x80) return ('A' <= r && r <= 'Z') ? r + 32 : r;
  return to_case(1, r);
}
int32_t lib_unicode_to_title(int32_t r) {
  if (r < 0x80) return ('a' <= r && r <= 'z') ? r - 32 : r;
  return to_case(2, r);
}

int32_t lib_unicode_simple_fold(int32_t r) {
  int lo = 0, hi = lib_tab_fold_len;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if (r < lib_tab_fold[m][0])
      hi = m;
    else if (r > lib_tab_fold[m][0])
      lo = m + 1;
    else
      return lib_tab_fold[m][1];
  }
  return r;
}

bool unicode_IsDigit(int32_t r) { return lib_unicode_is_digit(r); }
bool unicode_IsLetter(int32_t r) { return lib_unicode_is_letter(r); }
bool unicode_IsLower(int32_t r) { return lib_unicode_is_lower(r); }
bool unicode_IsUpper(int32_t r) { return lib_unicode_is_upper(r); }
bool unicode_IsSpace(int32_t r) { return lib_unicode_is_space(r); }
bool unicode_IsNumber(int32_t r) { return in_table(lib_tab_number, lib_tab_number_len, r); }
bool unicode_IsPunct(int32_t r) { return in_table(lib_tab_punct, lib_tab_punct_len, r); }
int32_t unicode_ToLower(int32_t r) { return lib_unicode_to_lower(r); }
int32_t unicode_ToUpper(int32_t r) { return lib_unicode_to_upper(r); }

/* ---- time ---- */

typedef int64_t Duration;

static int64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

Time time_Now(void) {
  Time t = {now_ns()};
  return t;
}
Duration time_Since(Time t) { return now_ns() - t.ns; }
Duration time_Time_Sub(Time t, Time u) { return t.ns - u.ns; }
int64_t time_Time_UnixNano(Time t) { return t.ns; }

double time_Duration_Seconds(Duration d) {
  int64_t sec = d / 1000000000, nsec = d % 1000000000;
  return (double)sec + (double)nsec / 1e9;
}
int64_t time_Duration_Milliseconds(Duration d) { return d / 1000000; }
int64_t time_Duration_Microseconds(Duration d) { return d / 1000; }
int64_t time_Duration_Nanoseconds(Duration d) { return d; }

double time_Duration_Minutes(Duration d) {
  int64_t m = d / 60000000000, nsec = d % 60000000000;
  return (double)m + (double)nsec / (60 * 1e9);
}
double time_Duration_Hours(Duration d) {
  int64_t h = d / 3600000000000, nsec = d % 3600000000000;
  return (double)h + (double)nsec / (60 * 60 * 1e9);
}
Duration time_Duration_Truncate(Duration d, Duration m) { return m <= 0 ? d : d - d % m; }

static bool less_than_half(Duration x, Duration y) { return (uint64_t)x + (uint64_t)x < (uint64_t)y; }

Duration time_Duration_Round(Duration d, Duration m) {
  if (m <= 0) return d;
  Duration r = d % m;
  if (d < 0) {
    r = -r;
    if (less_than_half(r, m)) return d + r;
    Duration d1 = (Duration)((uint64_t)d - (uint64_t)m + (uint64_t)r);
    return d1 < d ? d1 : INT64_MIN;
  }
  if (less_than_half(r, m)) return d - r;
  Duration d1 = (Duration)((uint64_t)d + (uint64_t)m - (uint64_t)r);
  return d1 > d ? d1 : INT64_MAX;
}

/* fmtFrac: the fraction of v with prec digits, trailing zeros (and the point) omitted */
static int fmt_frac(char *buf, int w, uint64_t *v, int prec) {
  bool print = false;
  for (int i = 0; i < prec; i++) {
    int digit = (int)(*v % 10);
    print = print || digit != 0;
    if (print) buf[--w] = (char)('0' + digit);
    *v /= 10;
  }
  if (print) buf[--w] = '.';
  return w;
}

static int fmt_int(char *buf, int w, uint64_t v) {
  if (v == 0) {
    buf[--w] = '0';
  } else {
    for (; v > 0; v /= 10) buf[--w] = (char)('0' + v % 10);
  }
  return w;
}

GoString time_Duration_String(Duration d) {
  char buf[32];
  int w = 32;
  uint64_t u = (uint64_t)d;
  bool neg = d < 0;
  if (neg) u = -u;
  if (u < 1000000000) {
    int prec;
    buf[--w] = 's';
    if (u == 0) return rt_str_static("0s");
    if (u < 1000) {
      prec = 0;
      buf[--w] = 'n';
    } else if (u < 1000000) {
      prec = 3;
      buf[--w] = (char)0xB5; /* µ = C2 B5 */
      buf[--w] = (char)0xC2;
    } else {
      prec = 6;
      buf[--w] = 'm';
    }
    w = fmt_frac(buf, w, &u, prec);
    w = fmt_int(buf, w, u);
  } else {
    buf[--w] = 's';
    w = fmt_frac(buf, w, &u, 9);
    w = fmt_int(buf, w, u % 60);
    u /= 60;
    if (u > 0) {
      buf[--w] = 'm';
      w = fmt_int(buf, w, u % 60);
      u /= 60;
      if (u > 0) {
        buf[--w] = 'h';
        w = fmt_int(buf, w, u);
      }
    }
  }
  if (neg) buf[--w] = '-';
  return rt_strn(buf + w, 32 - w);
}
