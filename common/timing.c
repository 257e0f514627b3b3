/* timing.c — `gosub -d time`: the wall time of each pass of one compilation.
 *
 * The driver and codegen call timing_mark(PHASE) at the end of each pass; the time since the
 * previous mark is added to PHASE (so a phase that runs twice, e.g. once per package, sums).
 * Marks are free when timing is off (one branch). timing_report() prints, on stderr:
 *
 *   gosub -d time: 2.310 s
 *     parse              0.021 s    0.9%
 *     sema               0.030 s    1.3%
 *     ...
 *     link               0.052 s    2.3%
 *
 * Single-threaded: marks are made by the thread that runs the pipeline. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "common.h"

enum { MAX_PHASES = 24 };
static struct { const char *name; double secs; } phases[MAX_PHASES];
static int nphases;
static bool enabled;
static double start, last;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void timing_enable(void) {
  enabled = true;
  start = last = now();
}

bool timing_enabled(void) { return enabled; }

void timing_mark(const char *phase) {
  if (!enabled) return;
  double t = now();
  int i = 0;
  while (i < nphases && strcmp(phases[i].name, phase) != 0) i++;
  if (i == nphases) {
    if (nphases == MAX_PHASES) fatal("too many timing phases");
    phases[nphases++].name = phase;
  }
  phases[i].secs += t - last;
  last = t;
}

void timing_report(void) {
  if (!enabled) return;
  double total = last - start;
  fprintf(stderr, "gosub -d time: %.3f s\n", total);
  for (int i = 0; i < nphases; i++)
    fprintf(stderr, "  %-18s %7.3f s  %5.1f%%\n", phases[i].name, phases[i].secs,
            total > 0 ? 100 * phases[i].secs / total : 0.0);
}
