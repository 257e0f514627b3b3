/* os.c — package os: Exit, Getenv, (*File).Write / WriteString, and the io.Writer output
 * used by fmt.Fprint* (lib_write_to): a *os.File is written with write(2) directly, any
 * other writer through its itab's Write method (fun[0] of io.Writer).
 * os.Args / os.Stdin / os.Stdout / os.Stderr are defined by the core runtime (rt_main.c).
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

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct NErr { int64_t n; GoIface err; } NErr;
void strings_Builder_Write(NErr *ret, void *b, const uint8_t *p, int64_t n, int64_t cap);

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

static GoIface err_invalid(void) {
  static uint64_t store[2];
  static GoIface e;
  if (!e.itab) e = lib_errors_static(store, "invalid argument");
  return e;
}

void os_File_Write(NErr *ret, OsFile *f, const uint8_t *p, int64_t len, int64_t cap) {
  if (!f) {
    ret->n = 0;
    ret->err = err_invalid();
    return;
  }
  ret->n = lib_fd_write(f->fd, p, len, &ret->err);
}

void os_File_WriteString(NErr *ret, OsFile *f, const uint8_t *p, int64_t len) {
  os_File_Write(ret, f, p, len, len);
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
  const GoType *t = w.itab->type;
  if (t->kind == GOK_PTR && strcmp(t->name, "*os.File") == 0) {
    NErr r;
    os_File_Write(&r, w.data, p, n, n);
    *err = r.err;
    return r.n;
  }
  if (t->kind == GOK_PTR && strcmp(t->name, "*strings.Builder") == 0) {
    NErr r;
    strings_Builder_Write(&r, w.data, p, n, n);
    *err = r.err;
    return r.n;
  }
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

GoString os_Getenv(const uint8_t *p, int64_t n) {
  char small[256];
  char *k = n < 255 ? small : malloc((size_t)n + 1);
  memcpy(k, p, (size_t)n);
  k[n] = 0;
  const char *v = memchr(p, 0, (size_t)n) ? NULL : getenv(k);
  if (k != small) free(k);
  return v ? rt_str(v) : rt_str_static("");
}
