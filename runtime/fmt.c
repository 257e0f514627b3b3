/* fmt.c — package fmt: Print/Println/Printf, Sprint*, Fprint*, Errorf (the C bodies of
 * sema/prelude/fmt.go) and the printer's driver, a port of Go's fmt/print.go: argument
 * dispatch (printArg), String()/Error() methods (handleMethods), bad-verb reports, and the
 * format-string interpreter (doPrintf) with flags, widths, precisions, `*` and [n] indexes.
 * Composite values are printed by fmt_value.c, primitives by fmt_format.c.
 *
 * Every call builds its whole output in one buffer and writes it with one write(2), as Go
 * does: fmt.Println("a", 1) → buffer "a 1\n" → rt_write(1, ..., 4).
 */
#include "lib_internal.h"

#include <setjmp.h>
#include <stdlib.h>

/* Go: Fprint* and Print* return (n int, err error) — three words, through ret */
typedef struct FmtNErr { int64_t n; GoIface err; } FmtNErr;

static void printer_init(Printer *p) {
  memset(p, 0, sizeof *p);
  rt_buf_init(&p->buf);
}

/* ---- print.go: the per-kind formatters ---- */

void fmt_bad_verb(Printer *p, int verb) {
  p->erroring = true;
  rt_buf_puts(&p->buf, "%!");
  rt_buf_rune(&p->buf, verb);
  rt_buf_putc(&p->buf, '(');
  if (p->cur_t) {
    const GoType *t = p->cur_t;
    const void *v = p->cur_p;
    rt_buf_puts(&p->buf, t->name);
    rt_buf_putc(&p->buf, '=');
    fmt_print_value(p, t, v, 'v', 0, true);
  } else {
    rt_buf_puts(&p->buf, "<nil>");
  }
  rt_buf_putc(&p->buf, ')');
  p->erroring = false;
}

void fmt_fmt_bool(Printer *p, bool v, int verb) {
  if (verb == 't' || verb == 'v')
    fmt_boolean(p, v);
  else
    fmt_bad_verb(p, verb);
}

void fmt_0x64(Printer *p, uint64_t v, bool leading0x) {
  bool sharp = p->f.sharp;
  p->f.sharp = leading0x;
  fmt_integer(p, v, 16, false, 'v', fmt_ldigits);
  p->f.sharp = sharp;
}

void fmt_fmt_integer(Printer *p, uint64_t v, bool is_signed, int verb) {
  switch (verb) {
  case 'v':
    if (p->f.sharpV && !is_signed)
      fmt_0x64(p, v, true);
    else
      fmt_integer(p, v, 10, is_signed, verb, fmt_ldigits);
    break;
  case 'd': fmt_integer(p, v, 10, is_signed, verb, fmt_ldigits); break;
  case 'b': fmt_integer(p, v, 2, is_signed, verb, fmt_ldigits); break;
  case 'o':
  case 'O': fmt_integer(p, v, 8, is_signed, verb, fmt_ldigits); break;
  case 'x': fmt_integer(p, v, 16, is_signed, verb, fmt_ldigits); break;
  case 'X': fmt_integer(p, v, 16, is_signed, verb, fmt_udigits); break;
  case 'c': fmt_c(p, v); break;
  case 'q': fmt_qc(p, v); break;
  case 'U': fmt_unicode(p, v); break;
  default: fmt_bad_verb(p, verb);
  }
}

void fmt_fmt_float(Printer *p, double v, int size, int verb) {
  switch (verb) {
  case 'v': fmt_float(p, v, size, 'g', -1); break;
  case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(p, v, size, verb, -1); break;
  case 'f': case 'e': case 'E': fmt_float(p, v, size, verb, 6); break;
  case 'F': fmt_float(p, v, size, 'f', 6); break;
  default: fmt_bad_verb(p, verb);
  }
}

void fmt_fmt_complex(Printer *p, double re, double im, int size, int verb) {
  switch (verb) {
  case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e':
  case 'E': {
    bool oldplus = p->f.plus;
    rt_buf_putc(&p->buf, '(');
    fmt_fmt_float(p, re, size / 2, verb);
    p->f.plus = true;
    fmt_fmt_float(p, im, size / 2, verb);
    rt_buf_puts(&p->buf, "i)");
    p->f.plus = oldplus;
    break;
  }
  default: fmt_bad_verb(p, verb);
  }
}

void fmt_fmt_string(Printer *p, const uint8_t *s, int64_t n, int verb) {
  switch (verb) {
  case 'v':
    if (p->f.sharpV)
      fmt_q(p, s, n);
    else
      fmt_s(p, s, n);
    break;
  case 's': fmt_s(p, s, n); break;
  case 'x': fmt_sx(p, s, n, fmt_ldigits); break;
  case 'X': fmt_sx(p, s, n, fmt_udigits); break;
  case 'q': fmt_q(p, s, n); break;
  default: fmt_bad_verb(p, verb);
  }
}

/* ---- handleMethods ---- */

static bool is_error_type(const GoType *t) { return rt_find_method(t, "Error", "() string") != NULL; }

/* an `error` interface value holding (t, data) */
static GoIface as_error(const GoType *t, void *data) {
  GoIface e = {gort_getitab(&gort_type_error, t, false), data};
  return e;
}

/* ---- calling String()/Error() with Go's catchPanic ----
 * The method runs inside a GoFrame whose deferred C closure recovers a panic (panic.c
 * longjmps back to the frame's catch point); fmt then prints "<nil>" for a nil pointer
 * receiver or "%!v(PANIC=String method: msg)" like Go. */

/* the deferred C closure: a record on call_method_safe's frame (not a thread-local: the
 * method may park, and the goroutine resume on another thread) */
typedef struct CatchRec { void *fn; GoEface *caught; } CatchRec;

static void catch_panic_fn(void *rec) { *((CatchRec *)rec)->caught = gort_recover(); }

/* calls m on data; false (and *pv set) when it panicked */
static bool call_method_safe(const GoMethod *m, void *data, GoString *out, GoEface *pv) {
  GoFrame fr;
  volatile GoEface caught = {NULL, NULL};
  CatchRec rec = {(void *)catch_panic_fn, (GoEface *)&caught};
  gort_frame_push(&fr);
  if (setjmp(*(jmp_buf *)(void *)fr.jb)) {
    gort_frame_pop(&fr);
    pv->type = caught.type;
    pv->data = caught.data;
    return false;
  }
  gort_defer(&fr, &rec);
  *out = ((GoString(*)(void *))m->fn)(data);
  gort_frame_pop(&fr);
  return true;
}

static void print_caught(Printer *p, const GoType *t, void *data, int verb, const char *name,
                         GoEface pv) {
  if (t->kind == GOK_PTR && data == NULL) {
    rt_buf_puts(&p->buf, "<nil>");
    return;
  }
  if (p->panicking) gort_panic(pv.type, pv.data);
  FmtFlags old = p->f;
  int64_t oldwid = p->wid, oldprec = p->prec;
  fmt_clearflags(p);
  rt_buf_puts(&p->buf, "%!");
  rt_buf_rune(&p->buf, verb);
  rt_buf_puts(&p->buf, "(PANIC=");
  rt_buf_puts(&p->buf, name);
  rt_buf_puts(&p->buf, " method: ");
  p->panicking = true;
  fmt_print_arg(p, pv.type, pv.data, 'v');
  p->panicking = false;
  rt_buf_putc(&p->buf, ')');
  p->f = old;
  p->wid = oldwid;
  p->prec = oldprec;
}

static bool call_string(Printer *p, const GoType *t, void *data, const char *name, int verb) {
  const GoMethod *m = rt_find_method(t, name, "() string");
  if (!m) return false;
  GoString s;
  GoEface pv;
  if (call_method_safe(m, data, &s, &pv))
    fmt_fmt_string(p, s.ptr, s.len, verb);
  else
    print_caught(p, t, data, verb, name, pv);
  return true;
}

bool fmt_handle_methods(Printer *p, const GoType *t, void *data, int verb) {
  /* an interface's own method list has no code: its dynamic value is handled instead */
  if (p->erroring || !t || t->kind == GOK_INTERFACE) return false;
  if (verb == 'w') {
    if (!is_error_type(t) || !p->wrap_errs || p->wrapped.itab) {
      p->wrapped.itab = NULL;
      p->wrapped.data = NULL;
      p->wrap_errs = false;
      fmt_bad_verb(p, verb);
      return true;
    }
    p->wrapped = as_error(t, data);
    verb = 'v';
  }
  if (p->f.sharpV) return call_string(p, t, data, "GoString", 's');
  switch (verb) {
  case 'v': case 's': case 'x': case 'X': case 'q':
    return call_string(p, t, data, "Error", verb) || call_string(p, t, data, "String", verb);
  }
  return false;
}

/* ---- printArg ---- */

void fmt_print_arg(Printer *p, const GoType *t, void *data, int verb) {
  p->cur_t = t;
  p->cur_p = NULL;
  if (!t) {
    if (verb == 'T' || verb == 'v')
      fmt_padstr(p, "<nil>");
    else
      fmt_bad_verb(p, verb);
    return;
  }
  void *word = data; /* the value of a pointer-shaped type lives in the data word itself */
  const void *v = rt_type_direct(t) ? (const void *)&word : data;
  p->cur_p = v;
  if (verb == 'T') {
    fmt_s(p, (const uint8_t *)t->name, (int64_t)strlen(t->name));
    return;
  }
  if (verb == 'p') {
    fmt_fmt_pointer(p, t, v, 'p');
    return;
  }
  if (t->kind == GOK_SLICE && t->elem == &gort_type_uint8 && !(t->flags & GOTF_NAMED)) {
    /* Go's printArg case []byte: %#v says "[]byte" (nested values say "[]uint8") */
    const GoSlice *s = v;
    switch (verb) {
    case 'v': case 'd': case 's': case 'x': case 'X': case 'q':
      fmt_fmt_bytes(p, s->ptr, s->len, s->ptr == NULL, verb, "[]byte");
      return;
    }
  }
  if (!fmt_handle_methods(p, t, data, verb)) fmt_print_value(p, t, v, verb, 0, false);
}

/* ---- doPrint / doPrintln ---- */

static void do_print(Printer *p, const GoEface *a, int64_t n) {
  bool prev_string = false;
  for (int64_t i = 0; i < n; i++) {
    bool is_string = a[i].type && a[i].type->kind == GOK_STRING;
    if (i > 0 && !is_string && !prev_string) rt_buf_putc(&p->buf, ' ');
    fmt_print_arg(p, a[i].type, a[i].data, 'v');
    prev_string = is_string;
  }
}

static void do_println(Printer *p, const GoEface *a, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) rt_buf_putc(&p->buf, ' ');
    fmt_print_arg(p, a[i].type, a[i].data, 'v');
  }
  rt_buf_putc(&p->buf, '\n');
}

/* ---- doPrintf ---- */

static bool too_large(int64_t x) { return x > 1000000 || x < -1000000; }

/* parsenum: a decimal number at s[*i..end); *i advances past it */
static bool parsenum(const uint8_t *s, int64_t *i, int64_t end, int64_t *num) {
  bool isnum = false;
  *num = 0;
  if (*i >= end) return false;
  for (; *i < end && '0' <= s[*i] && s[*i] <= '9'; (*i)++) {
    if (too_large(*num)) {
      *num = 0;
      *i = end;
      return false;
    }
    *num = *num * 10 + (s[*i] - '0');
    isnum = true;
  }
  return isnum;
}

/* intFromArg: a[*argnum] as an int for `*` widths and precisions */
static bool int_from_arg(const GoEface *a, int64_t n, int64_t *argnum, int64_t *num) {
  *num = 0;
  if (*argnum >= n) return false;
  const GoType *t = a[*argnum].type;
  bool isint = false;
  if (t) {
    const void *v = a[*argnum].data;
    switch (t->kind) {
    case GOK_INT: case GOK_INT64: *num = *(const int64_t *)v; isint = true; break;
    case GOK_INT8: *num = *(const int8_t *)v; isint = true; break;
    case GOK_INT16: *num = *(const int16_t *)v; isint = true; break;
    case GOK_INT32: *num = *(const int32_t *)v; isint = true; break;
    case GOK_UINT: case GOK_UINT64: case GOK_UINTPTR: {
      uint64_t u = *(const uint64_t *)v;
      if ((int64_t)u >= 0) {
        *num = (int64_t)u;
        isint = true;
      }
      break;
    }
    case GOK_UINT8: *num = *(const uint8_t *)v; isint = true; break;
    case GOK_UINT16: *num = *(const uint16_t *)v; isint = true; break;
    case GOK_UINT32: *num = *(const uint32_t *)v; isint = true; break;
    }
  }
  (*argnum)++;
  if (too_large(*num)) {
    *num = 0;
    isint = false;
  }
  return isint;
}

/* argNumber: an optional [n] at format[*i]; returns afterIndex (found) */
static bool arg_number(Printer *p, int64_t *argnum, const uint8_t *f, int64_t end, int64_t *i,
                       int64_t nargs) {
  if (*i >= end || f[*i] != '[') return false;
  p->reordered = true;
  /* parseArgNumber on f[*i:] */
  int64_t len = end - *i;
  const uint8_t *s = f + *i;
  if (len < 3) {
    p->good_argnum = false;
    *i += 1;
    return false;
  }
  for (int64_t j = 1; j < len; j++) {
    if (s[j] == ']') {
      int64_t k = 1, width;
      bool ok = parsenum(s, &k, j, &width);
      if (!ok || k != j) {
        p->good_argnum = false;
        *i += j + 1;
        return false;
      }
      int64_t index = width - 1;
      *i += j + 1;
      if (0 <= index && index < nargs) {
        *argnum = index;
        return true;
      }
      p->good_argnum = false;
      return true;
    }
  }
  p->good_argnum = false;
  *i += 1;
  return false;
}

static void set_v_flags(Printer *p) {
  p->f.sharpV = p->f.sharp;
  p->f.sharp = false;
  p->f.plusV = p->f.plus;
  p->f.plus = false;
}

/* the flags after '%'; returns true when a simple verb was printed (fast path) */
static bool parse_flags(Printer *p, const uint8_t *f, int64_t end, int64_t *i, const GoEface *a,
                        int64_t n, int64_t *argnum) {
  for (; *i < end; (*i)++) {
    uint8_t c = f[*i];
    switch (c) {
    case '#': p->f.sharp = true; break;
    case '0': p->f.zero = !p->f.minus; break;
    case '+': p->f.plus = true; break;
    case '-': p->f.minus = true; p->f.zero = false; break;
    case ' ': p->f.space = true; break;
    default:
      if ('a' <= c && c <= 'z' && *argnum < n) {
        if (c == 'v') set_v_flags(p);
        fmt_print_arg(p, a[*argnum].type, a[*argnum].data, c);
        (*argnum)++;
        (*i)++;
        return true;
      }
      return false;
    }
  }
  return false;
}

static void print_extra(Printer *p, const GoEface *a, int64_t n, int64_t argnum) {
  fmt_clearflags(p);
  rt_buf_puts(&p->buf, "%!(EXTRA ");
  for (int64_t i = argnum; i < n; i++) {
    if (i > argnum) rt_buf_puts(&p->buf, ", ");
    if (!a[i].type) {
      rt_buf_puts(&p->buf, "<nil>");
    } else {
      rt_buf_puts(&p->buf, a[i].type->name);
      rt_buf_putc(&p->buf, '=');
      fmt_print_arg(p, a[i].type, a[i].data, 'v');
    }
  }
  rt_buf_putc(&p->buf, ')');
}

static void do_printf(Printer *p, const uint8_t *f, int64_t end, const GoEface *a, int64_t n) {
  int64_t argnum = 0;
  bool after_index = false;
  p->reordered = false;
  for (int64_t i = 0; i < end;) {
    p->good_argnum = true;
    int64_t lasti = i;
    while (i < end && f[i] != '%') i++;
    if (i > lasti) rt_buf_write(&p->buf, f + lasti, i - lasti);
    if (i >= end) break;
    i++;
    fmt_clearflags(p);
    if (parse_flags(p, f, end, &i, a, n, &argnum)) continue;

    after_index = arg_number(p, &argnum, f, end, &i, n);
    if (i < end && f[i] == '*') {
      i++;
      p->f.wid_present = int_from_arg(a, n, &argnum, &p->wid);
      if (!p->f.wid_present) rt_buf_puts(&p->buf, "%!(BADWIDTH)");
      if (p->wid < 0) {
        p->wid = -p->wid;
        p->f.minus = true;
        p->f.zero = false;
      }
      after_index = false;
    } else {
      p->f.wid_present = parsenum(f, &i, end, &p->wid);
      if (after_index && p->f.wid_present) p->good_argnum = false;
    }
    if (i + 1 < end && f[i] == '.') {
      i++;
      if (after_index) p->good_argnum = false;
      after_index = arg_number(p, &argnum, f, end, &i, n);
      if (i < end && f[i] == '*') {
        i++;
        p->f.prec_present = int_from_arg(a, n, &argnum, &p->prec);
        if (p->prec < 0) {
          p->prec = 0;
          p->f.prec_present = false;
        }
        if (!p->f.prec_present) rt_buf_puts(&p->buf, "%!(BADPREC)");
        after_index = false;
      } else {
        p->f.prec_present = parsenum(f, &i, end, &p->prec);
        if (!p->f.prec_present) {
          p->prec = 0;
          p->f.prec_present = true;
        }
      }
    }
    if (!after_index) after_index = arg_number(p, &argnum, f, end, &i, n);
    if (i >= end) {
      rt_buf_puts(&p->buf, "%!(NOVERB)");
      break;
    }
    int32_t verb = f[i];
    int size = 1;
    if (verb >= 0x80) verb = rt_decoderune(f + i, end - i, &size);
    i += size;
    if (verb == '%') {
      rt_buf_putc(&p->buf, '%');
    } else if (!p->good_argnum) {
      rt_buf_puts(&p->buf, "%!");
      rt_buf_rune(&p->buf, verb);
      rt_buf_puts(&p->buf, "(BADINDEX)");
    } else if (argnum >= n) {
      rt_buf_puts(&p->buf, "%!");
      rt_buf_rune(&p->buf, verb);
      rt_buf_puts(&p->buf, "(MISSING)");
    } else {
      if (verb == 'v') set_v_flags(p);
      fmt_print_arg(p, a[argnum].type, a[argnum].data, verb);
      argnum++;
    }
  }
  if (!p->reordered && argnum < n) print_extra(p, a, n, argnum);
}

/* ---- the package's functions ---- */

static void finish_write(FmtNErr *ret, GoIface w, Printer *p) {
  GoIface err = {NULL, NULL};
  int64_t n = lib_write_to(w, p->buf.p, p->buf.len, &err);
  rt_buf_free(&p->buf);
  if (ret) {
    ret->n = n;
    ret->err = err;
  }
}

/* Go's os.Stdout (a *os.File, whose first field is its descriptor: sema/prelude/os.go) */
extern OsFile *fmt_os_Stdout __asm__("os.Stdout");

static void finish_fd(FmtNErr *ret, OsFile *file, Printer *p) {
  GoIface err = {NULL, NULL};
  int64_t n = 0;
  if (file)
    n = lib_fd_write(file->fd, p->buf.p, p->buf.len, &err);
  rt_buf_free(&p->buf);
  if (ret) {
    ret->n = n;
    ret->err = err;
  }
}

static GoString finish_string(Printer *p) {
  GoString s = rt_buf_string(&p->buf);
  rt_buf_free(&p->buf);
  return s;
}

void fmt_Print(FmtNErr *ret, GoEface *a, int64_t n, int64_t cap) {
  Printer p;
  printer_init(&p);
  do_print(&p, a, n);
  finish_fd(ret, fmt_os_Stdout, &p);
}

void fmt_Println(FmtNErr *ret, GoEface *a, int64_t n, int64_t cap) {
  Printer p;
  printer_init(&p);
  do_println(&p, a, n);
  finish_fd(ret, fmt_os_Stdout, &p);
}

void fmt_Printf(FmtNErr *ret, const uint8_t *f, int64_t fn, GoEface *a, int64_t n, int64_t cap) {
  Printer p;
  printer_init(&p);
  do_printf(&p, f, fn, a, n);
  finish_fd(ret, fmt_os_Stdout, &p);
}

GoString fmt_Sprint(GoEface *a, int64_t n, int64_t cap) {
  Printer p;
  printer_init(&p);
  do_print(&p, a, n);
  return finish_string(&p);
}

GoString fmt_Sprintln(GoEface *a, int64_t n, int64_t cap) {
  Printer p;
  printer_init(&p);
  do_println(&p, a, n);
  return finish_string(&p);
}

GoString fmt_Sprintf(const uint8_t *f, int64_t fn, GoEface *a, int64_t n, int64_t cap) {
  Printer p;
  printer_init(&p);
  do_printf(&p, f, fn, a, n);
  return finish_string(&p);
}

GoIface fmt_Errorf(const uint8_t *f, int64_t fn, GoEface *a, int64_t n, int64_t cap) {
  Printer p;
  printer_init(&p);
  p.wrap_errs = true;
  do_printf(&p, f, fn, a, n);
  GoIface wrapped = p.wrapped;
  GoString s = finish_string(&p);
  return lib_fmt_error(s, wrapped);
}

void fmt_Fprint(FmtNErr *ret, const GoItab *wi, void *wd, GoEface *a, int64_t n, int64_t cap) {
  Printer p;
  printer_init(&p);
  do_print(&p, a, n);
  GoIface w = {wi, wd};
  finish_write(ret, w, &p);
}

void fmt_Fprintln(FmtNErr *ret, const GoItab *wi, void *wd, GoEface *a, int64_t n, int64_t cap) {
  Printer p;
  printer_init(&p);
  do_println(&p, a, n);
  GoIface w = {wi, wd};
  finish_write(ret, w, &p);
}

void fmt_Fprintf(FmtNErr *ret, const GoItab *wi, void *wd, const uint8_t *f, int64_t fn,
                 GoEface *a, int64_t n, int64_t cap) {
  Printer p;
  printer_init(&p);
  do_printf(&p, f, fn, a, n);
  GoIface w = {wi, wd};
  finish_write(ret, w, &p);
}
