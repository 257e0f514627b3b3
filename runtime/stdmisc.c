/* stdmisc.c — the C part of package time, gosub's own (sema/prelude/time.go holds the calendar
 * in Go): Now in Go's Time encoding, the local zone check (localZone: only a UTC local zone is
 * supported), the Duration methods (Duration.String exactly like Go: "1.5s", "100ms",
 * "2h0m0s", "0s"). time's timers (Sleep, After, Timer, Ticker) are the scheduler's: timer.c;
 * sync and sync/atomic: sync.c. unicode is compiled from Go's source.
 */
#include "lib_internal.h"
#include "rtsched.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- time ---- */

typedef int64_t Duration;

/* Now and the Times of timer.c: time.Time in Go's encoding (sema/prelude/time.go's top
 * comment): with the monotonic reading when the seconds since 1885 fit in 33 bits. */
enum {
  TIME_NSEC_SHIFT = 30,
};
#define TIME_HAS_MONO ((uint64_t)1 << 63)
#define TIME_UNIX_TO_INTERNAL ((int64_t)(1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400)
#define TIME_WALL_TO_INTERNAL ((int64_t)(1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * 86400)

static void *local_loc;     /* &time.localLoc, from time's init (registerLocal) */
static int64_t start_nano;  /* rt_nanotime() - 1 at time's init: monotonic readings are > 0 */

bool time_registerLocal(void *l) {
  local_loc = l;
  start_nano = rt_nanotime() - 1;
  return true;
}

void time_Now(Time *ret) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  int64_t mono = rt_nanotime() - start_nano;
  int64_t s = (int64_t)ts.tv_sec + TIME_UNIX_TO_INTERNAL - TIME_WALL_TO_INTERNAL;
  if (s >= 0 && s < ((int64_t)1 << 33)) {
    ret->wall = TIME_HAS_MONO | (uint64_t)s << TIME_NSEC_SHIFT | (uint64_t)ts.tv_nsec;
    ret->ext = mono;
  } else {
    ret->wall = (uint64_t)ts.tv_nsec;
    ret->ext = (int64_t)ts.tv_sec + TIME_UNIX_TO_INTERNAL;
  }
  ret->loc = local_loc;
}

/* ---- the local zone (time.localZone): is it UTC? ---- */

typedef struct {
  GoString name, desc;
  bool ok;
} LocalZone;

static uint32_t be32(const unsigned char *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* A TZif file whose zone types all have offset 0: copies the first type's abbreviation into
 * abbr and returns 1; another valid TZif file: 0; not a TZif file: -1. The last data block is
 * read (version 2+ files repeat the data with 64-bit times after the version 1 block). */
static int tzif_utc(const unsigned char *d, size_t n, char *abbr, size_t abbrsz) {
  size_t off = 0;
  for (int pass = 0; pass < 2; pass++) {
    if (n < off + 44 || memcmp(d + off, "TZif", 4) != 0) return -1;
    const unsigned char *h = d + off + 20;
    uint32_t isut = be32(h), isstd = be32(h + 4), leap = be32(h + 8), timecnt = be32(h + 12),
             typecnt = be32(h + 16), charcnt = be32(h + 20);
    size_t tsize = pass == 0 ? 4 : 8;
    size_t types = off + 44 + (size_t)timecnt * (tsize + 1);
    size_t chars = types + (size_t)typecnt * 6;
    size_t end = chars + charcnt + (size_t)leap * (tsize + 4) + isstd + isut;
    if (end > n || typecnt == 0) return -1;
    if (pass == 0 && d[off + 4] >= '2') {
      off = end; /* the version 2 header follows */
      continue;
    }
    for (uint32_t i = 0; i < typecnt; i++)
      if (be32(d + types + 6 * i) != 0) return 0;
    size_t a = d[types + 5], k = 0;
    while (a + k < charcnt && d[chars + a + k] && k + 1 < abbrsz) {
      abbr[k] = (char)d[chars + a + k];
      k++;
    }
    abbr[k] = 0;
    return 1;
  }
  return -1;
}

/* Go's initLocal: TZ unset → /etc/localtime; TZ "" or "UTC" → UTC; ":x" → x; "/path" → that
 * file; a name → /usr/share/zoneinfo/name. A file that cannot be read leaves UTC, as Go does. */
void time_localZone(LocalZone *ret) {
  const char *tz = getenv("TZ");
  char path[4096];
  ret->ok = true;
  ret->name = rt_str_static("UTC");
  ret->desc = rt_str_static("");
  if (!tz) {
    snprintf(path, sizeof path, "/etc/localtime");
  } else {
    if (tz[0] == ':') tz++;
    if (tz[0] == 0 || strcmp(tz, "UTC") == 0) return;
    if (tz[0] == '/')
      snprintf(path, sizeof path, "%s", tz);
    else if (strstr(tz, "..") == NULL)
      snprintf(path, sizeof path, "/usr/share/zoneinfo/%s", tz);
    else
      return;
  }
  FILE *f = fopen(path, "rb");
  if (!f) return;
  static unsigned char buf[1 << 16];
  size_t n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  char abbr[64];
  int r = tzif_utc(buf, n, abbr, sizeof abbr);
  if (r < 0) return; /* Go falls back to UTC when the file is not a zone */
  if (r == 1) {
    if (abbr[0]) ret->name = rt_str(abbr);
    return;
  }
  ret->ok = false;
  char desc[4200];
  snprintf(desc, sizeof desc, "%s (TZ=%s)", path, tz ? tz : "unset");
  ret->desc = rt_str(desc);
}

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
