/* stdmisc.c — the small package time, gosub's own (Now, Since, Duration methods,
 * Duration.String exactly like Go: "1.5s", "100ms", "2h0m0s", "0s"). time's timers (Sleep,
 * After, Timer, Ticker) are the scheduler's: timer.c; sync and sync/atomic: sync.c. unicode
 * is compiled from Go's source.
 */
#include "lib_internal.h"

#include <stdlib.h>
#include <time.h>

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
