/* os.c — the C half of gosub's package os (sema/prelude/os.go, which is Go): thin calls of
 * the C library, each returning its result and an errno number (0: success) for the Go code
 * to turn into Go's errors; plus the io.Writer output fmt.Fprint* uses (lib_write_to), which
 * calls the writer's Write method through its itab (fun[0] of io.Writer).
 *
 * Names and arguments follow gort.h's rule for functions declared without a body: os.sysRead
 * is os_sysRead, a string arrives as (ptr, len), a []byte as (ptr, len, cap); two-word
 * results come back by value, bigger ones through a first `ret` pointer.
 *
 * Calling a Go Write method through an itab: gort.h's rule for results of three words is a
 * first `ret` pointer, then the data word, then the arguments scalar-split:
 *     Write(p []byte) (n int, err error)  →  void fn(NErr *ret, void *data, p, len, cap)
 * but codegen's method wrappers (codegen/iface.c) return their results as an LLVM struct by
 * value, which x86-64 lowers to RAX, RDX, RCX. On x86-64 the call therefore goes through a
 * small trampoline that reads those registers (lib_call_ret3); elsewhere it follows gort.h.
 * Do NOT keep the trampoline if codegen's wrappers switch to a `ret` pointer: undefine
 * LIB_WRAPPER_RET_IN_REGS below.
 */
#include "lib_internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

typedef struct NErr { int64_t n; GoIface err; } NErr;

/* fmt's direct output to a file descriptor (Println: os.Stdout's) */
static GoIface write_error(int64_t fd, int e) {
  RtBuf b;
  rt_buf_init(&b);
  const char *name = fd == 1 ? "/dev/stdout" : fd == 2 ? "/dev/stderr" : NULL;
  rt_buf_puts(&b, "write ");
  if (name)
    rt_buf_puts(&b, name);
  else
    rt_buf_printf(&b, "fd%lld", (long long)fd);
  rt_buf_puts(&b, ": ");
  const char *msg = strerror(e);
  rt_buf_putc(&b, msg[0] >= 'A' && msg[0] <= 'Z' ? msg[0] + 32 : msg[0]); /* Go: lower case */
  rt_buf_puts(&b, msg + 1);
  GoIface err = lib_errors_new(rt_buf_string(&b));
  rt_buf_free(&b);
  return err;
}

int64_t lib_fd_write(int64_t fd, const uint8_t *p, int64_t n, GoIface *err) {
  err->itab = NULL;
  err->data = NULL;
  if (n == 0) return 0;
  int64_t w = rt_write((int)fd, p, n);
  if (w < 0) {
    *err = write_error(fd, errno);
    return 0;
  }
  return w;
}

#if defined(__x86_64__)
#define LIB_WRAPPER_RET_IN_REGS 1
/* lib_call_ret3(fn, a0, a1, a2, a3, out): fn(a0, a1, a2, a3) returning three words in
 * RAX, RDX, RCX, stored to out[0..2] (System V: arguments in RDI RSI RDX RCX R8 R9). */
__asm__(".text\n"
        ".p2align 4\n"
        ".type lib_call_ret3, @function\n"
        "lib_call_ret3:\n"
        "  endbr64\n"
        "  pushq %rbx\n"
        "  movq %r9, %rbx\n"
        "  movq %rdi, %rax\n"
        "  movq %rsi, %rdi\n"
        "  movq %rdx, %rsi\n"
        "  movq %rcx, %rdx\n"
        "  movq %r8, %rcx\n"
        "  callq *%rax\n"
        "  movq %rax, 0(%rbx)\n"
        "  movq %rdx, 8(%rbx)\n"
        "  movq %rcx, 16(%rbx)\n"
        "  popq %rbx\n"
        "  ret\n"
        ".size lib_call_ret3, .-lib_call_ret3\n");
void lib_call_ret3(void *fn, void *a0, const void *a1, int64_t a2, int64_t a3, void *out)
    __asm__("lib_call_ret3");
#endif

int64_t lib_write_to(GoIface w, const uint8_t *p, int64_t n, GoIface *err) {
  if (!w.itab) gort_panic_nil();
  NErr r = {0, {NULL, NULL}};
#ifdef LIB_WRAPPER_RET_IN_REGS
  lib_call_ret3(w.itab->fun[0], w.data, p, n, n, &r);
#else
  ((void (*)(NErr *, void *, const uint8_t *, int64_t, int64_t))w.itab->fun[0])(&r, w.data, p,
                                                                              n, n);
#endif
  *err = r.err;
  return r.n;
}

void os_Exit(int64_t code) { rt_exit((int)code); }

/* os.Environ: "KEY=value" strings of the process environment. */
void os_Environ(GoSlice *ret) {
  extern char **environ;
  int64_t n = 0;
  while (environ && environ[n]) n++;
  GoString *a = rt_alloc_typed(&gort_type_string, n);
  for (int64_t i = 0; i < n; i++) a[i] = rt_str(environ[i]);
  ret->ptr = a;
  ret->len = ret->cap = n;
}

/* ---- package os's C functions ---- */
typedef struct NE { int64_t n, e; } NE;
typedef struct StrErr { GoString s; int64_t e; } StrErr;
typedef struct StrBool { GoString s; bool ok; } StrBool;

/* a Go string as a C path; NULL (and errno EINVAL, as Go's syscall.BytePtrFromString says)
 * when it holds a NUL byte. The result is malloc'ed. */
static char *cpath(const uint8_t *p, int64_t n) {
  if (memchr(p, 0, (size_t)n)) return NULL;
  char *s = malloc((size_t)n + 1);
  if (!s) rt_throw_oom();
  memcpy(s, p, (size_t)n);
  s[n] = 0;
  return s;
}

#define WITH_PATH(p, n, s, expr)                                                              \
  do {                                                                                       \
    char *s = cpath(p, n);                                                                   \
    if (!s) return EINVAL;                                                                   \
    int64_t r_ = (expr) < 0 ? errno : 0;                                                     \
    free(s);                                                                                 \
    return r_;                                                                               \
  } while (0)

static NE ne(int64_t r) { return r < 0 ? (NE){0, errno} : (NE){r, 0}; }

NE os_sysOpen(const uint8_t *p, int64_t n, int64_t flag, int64_t perm) {
  char *s = cpath(p, n);
  if (!s) return (NE){-1, EINVAL};
  int fd;
  do fd = open(s, (int)flag, (mode_t)perm); while (fd < 0 && errno == EINTR);
  NE r = fd < 0 ? (NE){-1, errno} : (NE){fd, 0};
  free(s);
  return r;
}

NE os_sysRead(int64_t fd, uint8_t *p, int64_t len, int64_t cap) {
  (void)cap;
  ssize_t r;
  do r = read((int)fd, p, (size_t)(len > 0x7ffff000 ? 0x7ffff000 : len)); while (r < 0 && errno == EINTR);
  return ne(r);
}

NE os_sysWrite(int64_t fd, const uint8_t *p, int64_t len, int64_t cap) {
  (void)cap;
  ssize_t r;
  do r = write((int)fd, p, (size_t)(len > 0x7ffff000 ? 0x7ffff000 : len)); while (r < 0 && errno == EINTR);
  return ne(r);
}

NE os_sysPread(int64_t fd, uint8_t *p, int64_t len, int64_t cap, int64_t off) {
  (void)cap;
  ssize_t r;
  do r = pread((int)fd, p, (size_t)len, (off_t)off); while (r < 0 && errno == EINTR);
  return ne(r);
}

NE os_sysPwrite(int64_t fd, const uint8_t *p, int64_t len, int64_t cap, int64_t off) {
  (void)cap;
  ssize_t r;
  do r = pwrite((int)fd, p, (size_t)len, (off_t)off); while (r < 0 && errno == EINTR);
  return ne(r);
}

NE os_sysSeek(int64_t fd, int64_t off, int64_t whence) {
  return ne((int64_t)lseek((int)fd, (off_t)off, (int)whence));
}

int64_t os_sysClose(int64_t fd) { return close((int)fd) < 0 ? errno : 0; }
int64_t os_sysFsync(int64_t fd) { return fsync((int)fd) < 0 ? errno : 0; }
int64_t os_sysFtruncate(int64_t fd, int64_t size) { return ftruncate((int)fd, size) < 0 ? errno : 0; }
int64_t os_sysFchmod(int64_t fd, int64_t mode) { return fchmod((int)fd, (mode_t)mode) < 0 ? errno : 0; }

/* os.sysStat: sixteen int64 in this order */
typedef struct SysStat {
  int64_t dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks;
  int64_t atime_sec, atime_nsec, mtime_sec, mtime_nsec, ctime_sec, ctime_nsec;
} SysStat;

static void fill_stat(SysStat *o, const struct stat *st) {
  o->dev = (int64_t)st->st_dev, o->ino = (int64_t)st->st_ino, o->mode = st->st_mode;
  o->nlink = (int64_t)st->st_nlink, o->uid = st->st_uid, o->gid = st->st_gid;
  o->rdev = (int64_t)st->st_rdev, o->size = st->st_size, o->blksize = st->st_blksize;
  o->blocks = st->st_blocks;
  o->atime_sec = st->st_atim.tv_sec, o->atime_nsec = st->st_atim.tv_nsec;
  o->mtime_sec = st->st_mtim.tv_sec, o->mtime_nsec = st->st_mtim.tv_nsec;
  o->ctime_sec = st->st_ctim.tv_sec, o->ctime_nsec = st->st_ctim.tv_nsec;
}

int64_t os_sysFstat(int64_t fd, SysStat *o) {
  struct stat st;
  if (fstat((int)fd, &st) < 0) return errno;
  fill_stat(o, &st);
  return 0;
}

int64_t os_sysStatPath(const uint8_t *p, int64_t n, SysStat *o, bool follow) {
  char *s = cpath(p, n);
  if (!s) return EINVAL;
  struct stat st;
  int r = follow ? stat(s, &st) : lstat(s, &st);
  int e = errno;
  free(s);
  if (r < 0) return e;
  fill_stat(o, &st);
  return 0;
}

NE os_sysGetdents(int64_t fd, uint8_t *p, int64_t len, int64_t cap) {
  (void)cap;
  return ne((int64_t)syscall(SYS_getdents64, (int)fd, p, (size_t)len));
}

int64_t os_sysMkdir(const uint8_t *p, int64_t n, int64_t perm) { WITH_PATH(p, n, s, mkdir(s, (mode_t)perm)); }
int64_t os_sysUnlink(const uint8_t *p, int64_t n) { WITH_PATH(p, n, s, unlink(s)); }
int64_t os_sysRmdir(const uint8_t *p, int64_t n) { WITH_PATH(p, n, s, rmdir(s)); }
int64_t os_sysChdir(const uint8_t *p, int64_t n) { WITH_PATH(p, n, s, chdir(s)); }
int64_t os_sysChmod(const uint8_t *p, int64_t n, int64_t mode) { WITH_PATH(p, n, s, chmod(s, (mode_t)mode)); }
int64_t os_sysTruncate(const uint8_t *p, int64_t n, int64_t size) { WITH_PATH(p, n, s, truncate(s, size)); }

static int64_t two_paths(const uint8_t *p1, int64_t n1, const uint8_t *p2, int64_t n2,
                         int (*fn)(const char *, const char *)) {
  char *a = cpath(p1, n1), *b = cpath(p2, n2);
  int64_t r = !a || !b ? EINVAL : fn(a, b) < 0 ? errno : 0;
  free(a);
  free(b);
  return r;
}

int64_t os_sysRename(const uint8_t *p1, int64_t n1, const uint8_t *p2, int64_t n2) {
  return two_paths(p1, n1, p2, n2, rename);
}
int64_t os_sysSymlink(const uint8_t *p1, int64_t n1, const uint8_t *p2, int64_t n2) {
  return two_paths(p1, n1, p2, n2, symlink);
}
int64_t os_sysLink(const uint8_t *p1, int64_t n1, const uint8_t *p2, int64_t n2) {
  return two_paths(p1, n1, p2, n2, link);
}

void os_sysReadlink(StrErr *ret, const uint8_t *p, int64_t n) {
  ret->s = rt_str_static("");
  char *s = cpath(p, n);
  if (!s) {
    ret->e = EINVAL;
    return;
  }
  for (size_t size = 128;; size *= 2) {
    char *buf = malloc(size);
    if (!buf) rt_throw_oom();
    ssize_t r = readlink(s, buf, size);
    if (r < 0) {
      ret->e = errno;
      free(buf);
      break;
    }
    if ((size_t)r < size) {
      ret->s = rt_strn(buf, (int64_t)r);
      ret->e = 0;
      free(buf);
      break;
    }
    free(buf);
  }
  free(s);
}

void os_sysGetwd(StrErr *ret) {
  char *d = getcwd(NULL, 0);
  if (!d) {
    ret->s = rt_str_static("");
    ret->e = errno;
    return;
  }
  ret->s = rt_str(d);
  ret->e = 0;
  free(d);
}

void os_sysHostname(StrErr *ret) {
  struct utsname u;
  if (uname(&u) < 0) {
    ret->s = rt_str_static("");
    ret->e = errno;
    return;
  }
  ret->s = rt_str(u.nodename);
  ret->e = 0;
}

void os_sysGetenv(StrBool *ret, const uint8_t *p, int64_t n) {
  char *k = cpath(p, n);
  const char *v = k ? getenv(k) : NULL;
  free(k);
  ret->s = v ? rt_str(v) : rt_str_static("");
  ret->ok = v != NULL;
}

int64_t os_sysSetenv(const uint8_t *kp, int64_t kn, const uint8_t *vp, int64_t vn) {
  if (kn == 0 || memchr(kp, '=', (size_t)kn)) return EINVAL;
  char *k = cpath(kp, kn), *v = cpath(vp, vn);
  int64_t r = !k || !v ? EINVAL : setenv(k, v, 1) < 0 ? errno : 0;
  free(k);
  free(v);
  return r;
}

int64_t os_sysUnsetenv(const uint8_t *p, int64_t n) { WITH_PATH(p, n, s, unsetenv(s)); }

int64_t os_sysGetid(int64_t which) {
  switch (which) {
  case 0: return getpid();
  case 1: return getppid();
  case 2: return getuid();
  case 3: return geteuid();
  case 4: return getgid();
  case 5: return getegid();
  default: return sysconf(_SC_PAGESIZE);
  }
}

uint32_t os_sysRandom(void) { return (uint32_t)rt_rand64(); }

