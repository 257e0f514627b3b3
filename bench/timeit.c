/* timeit.c — bench/run's measuring helper: runs one command, its stdout into a file, and
 * prints on stdout "WALL_SECONDS MAXRSS_KB USER_SECONDS SYS_SECONDS STATUS" for that child
 * alone (wait4's rusage, so nothing else the shell ran is counted).
 *
 *   timeit OUT cmd args...     e.g.  timeit /tmp/x.out ./fannkuch 11
 *                              →     1.532114 1532 1.520000 0.004000 0
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double tv(struct timeval t) { return (double)t.tv_sec + (double)t.tv_usec * 1e-6; }

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: timeit OUT cmd args...\n");
    return 2;
  }
  double t0 = now();
  pid_t pid = fork();
  if (pid < 0) { perror("fork"); return 2; }
  if (pid == 0) {
    int fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) { perror(argv[1]); _exit(127); }
    dup2(fd, 1);
    close(fd);
    execvp(argv[2], argv + 2);
    perror(argv[2]);
    _exit(127);
  }
  int st;
  struct rusage ru;
  if (wait4(pid, &st, 0, &ru) < 0) { perror("wait4"); return 2; }
  double wall = now() - t0;
  int status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  printf("%.6f %ld %.6f %.6f %d\n", wall, ru.ru_maxrss, tv(ru.ru_utime), tv(ru.ru_stime), status);
  return 0;
}
