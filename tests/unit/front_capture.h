/* front_capture.h — helpers shared by the front end's unit tests: run a function with
 * stdout or stderr redirected into a string (for lex_dump_tokens and diag_flush output). */
#ifndef GOSUB_FRONT_CAPTURE_H
#define GOSUB_FRONT_CAPTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef void (*CaptureFn)(void *arg);

/* Output written to fd (1 or 2) while fn runs, as a malloc'd NUL-terminated string. */
static char *capture_fd(int fd, CaptureFn fn, void *arg) {
  fflush(stdout);
  fflush(stderr);
  FILE *tmp = tmpfile();
  int saved = dup(fd);
  dup2(fileno(tmp), fd);
  fn(arg);
  fflush(stdout);
  fflush(stderr);
  dup2(saved, fd);
  close(saved);
  long n = lseek(fileno(tmp), 0, SEEK_END);
  char *buf = malloc((size_t)(n > 0 ? n : 0) + 1);
  lseek(fileno(tmp), 0, SEEK_SET);
  long got = n > 0 ? (long)read(fileno(tmp), buf, (size_t)n) : 0;
  buf[got > 0 ? got : 0] = 0;
  fclose(tmp);
  return buf;
}

static void flush_diags(void *arg) {
  (void)arg;
  diag_flush();
}

/* All diagnostics collected so far, as diag_flush prints them. */
static char *diags(void) { return capture_fd(2, flush_diags, NULL); }

#endif
