/* lib_internal.h — declarations shared by the standard library's C bodies (fmt*.c,
 * strconv.c, strings.c, math.c, utf8.c, os.c, errors.c, stdmisc.c). Generated code never
 * sees this header; its contract is gort.h (C names pkg_F / pkg_T_M, scalar-split arguments).
 *
 * Conventions:
 *   - Text is built in an RtBuf (rt_internal.h) and copied to the Go heap once, at the end.
 *   - A Go value is handled as (const GoType *t, const void *p): p points AT the value (for a
 *     pointer-shaped type p points at the pointer word). An interface's data word is turned
 *     into such a p with lib_valptr.
 *   - Errors made in C (fmt.Errorf, write errors) are GoIface values of the
 *     `error` interface whose dynamic types are runtime-owned descriptors (errors.c).
 */
#ifndef GOSUB_LIB_INTERNAL_H
#define GOSUB_LIB_INTERNAL_H

#include "rt_internal.h"

/* the pointer to the value held by an interface whose dynamic type is t and data word is
 * *dataw (dataw points at the data word) */
static inline const void *lib_valptr(const GoType *t, void *const *dataw) {
  return rt_type_direct(t) ? (const void *)dataw : *dataw;
}

/* a pointer store into memory Go code owns (a Builder, an errors.As target): through the
 * write barrier while the collector marks (gort.h) */
static inline void lib_store_ptr(void *slot, void *v) {
  if (gort_writebarrier) gort_wb((void **)slot, v);
  *(void **)slot = v;
}

/* ---- floats (fmt_float.c): strconv.AppendFloat(b, v, fmt, prec, bitsize) ---- */
void lib_append_float(RtBuf *b, double v, int fmt, int prec, int bitsize);
void lib_shortest_reference(RtBuf *b, double v, int fmt, int bitsize); /* for tests */

/* ---- quoting and printability (strconv.c) ---- */
bool lib_isprint(int32_t r);                /* strconv.IsPrint */
bool lib_isgraphic(int32_t r);              /* strconv.IsGraphic */
bool lib_can_backquote(const uint8_t *s, int64_t n);
/* strconv.AppendQuote / AppendQuoteToASCII (ascii) with quote char q ('"' or '\'') */
void lib_append_quote(RtBuf *b, const uint8_t *s, int64_t n, bool ascii);
void lib_append_quote_rune(RtBuf *b, int32_t r, bool ascii);
/* strconv.formatBits-like integer text; base 2..36 */
void lib_append_int(RtBuf *b, int64_t v, int base);
void lib_append_uint(RtBuf *b, uint64_t v, int base);

/* ---- errors (errors.c) ---- */
GoIface lib_errors_new(GoString msg);       /* *errors.errorString */
/* time.Time as sema/prelude/time.go declares it and encodes it (stdmisc.c builds it in Now;
 * timer.c sends it on channels): Go's {wall, ext, loc}; loc is a pointer (NULL: UTC). */
typedef struct Time { uint64_t wall; int64_t ext; void *loc; } Time;
void time_Now(Time *ret);
/* a permanent *errors.errorString in static storage (16 bytes), usable before main */
GoIface lib_errors_static(void *storage, const char *msg);
extern const GoType lib_type_errorString_ptr, lib_type_wrapError_ptr;
/* fmt.Errorf's result: *fmt.wrapError when wrapped.itab != NULL, else *errors.errorString */
GoIface lib_fmt_error(GoString msg, GoIface wrapped);
/* the error interface value for pointer type t (that has an Error method); itabs come from
 * gort_getitab (one per pair, program-wide), cached by the caller in *cache */
GoIface lib_make_error(const GoType *t, void *ptr, const GoItab **cache);

/* ---- io.Writer output (os.c): writes p to w (an io.Writer); returns n and sets *err ---- */
int64_t lib_write_to(GoIface w, const uint8_t *p, int64_t n, GoIface *err);
int64_t lib_fd_write(int64_t fd, const uint8_t *p, int64_t n, GoIface *err);

/* ---- fmt's printer (fmt.c, fmt_format.c, fmt_value.c): Go's pp + fmt structs ---- */
typedef struct FmtFlags {
  bool wid_present, prec_present, minus, plus, sharp, space, zero;
  bool plusV, sharpV; /* %+v, %#v */
} FmtFlags;

typedef struct Printer {
  RtBuf buf;
  FmtFlags f;
  int64_t wid, prec;
  /* the operand being printed (Go's p.arg / p.value), for bad-verb reports; t NULL = nil */
  const GoType *cur_t;
  const void *cur_p;
  bool erroring;      /* printing a bad verb's operand: no String()/Error() */
  bool panicking;     /* printing a caught panic value (Go's p.panicking) */
  bool wrap_errs;     /* Errorf: %w allowed */
  GoIface wrapped;    /* the %w operand */
  bool reordered, good_argnum;
} Printer;

/* format.go */
void fmt_clearflags(Printer *p);
void fmt_pad(Printer *p, const uint8_t *s, int64_t n);
void fmt_padstr(Printer *p, const char *s);
void fmt_write_padding(Printer *p, int64_t n);
void fmt_boolean(Printer *p, bool v);
void fmt_integer(Printer *p, uint64_t u, int base, bool is_signed, int verb, const char *digits);
void fmt_unicode(Printer *p, uint64_t u);
void fmt_s(Printer *p, const uint8_t *s, int64_t n);
void fmt_sx(Printer *p, const uint8_t *s, int64_t n, const char *digits);
void fmt_q(Printer *p, const uint8_t *s, int64_t n);
void fmt_c(Printer *p, uint64_t c);
void fmt_qc(Printer *p, uint64_t c);
void fmt_float(Printer *p, double v, int size, int verb, int prec);
extern const char fmt_ldigits[], fmt_udigits[];

/* print.go */
void fmt_print_arg(Printer *p, const GoType *t, void *data, int verb);
void fmt_print_value(Printer *p, const GoType *t, const void *v, int verb, int depth, bool ro);
void fmt_bad_verb(Printer *p, int verb);
void fmt_fmt_integer(Printer *p, uint64_t v, bool is_signed, int verb);
void fmt_fmt_float(Printer *p, double v, int size, int verb);
void fmt_fmt_complex(Printer *p, double re, double im, int size, int verb);
void fmt_fmt_string(Printer *p, const uint8_t *s, int64_t n, int verb);
void fmt_fmt_bool(Printer *p, bool v, int verb);
void fmt_fmt_bytes(Printer *p, const uint8_t *s, int64_t n, bool isnil, int verb,
                   const char *typestr);
void fmt_fmt_pointer(Printer *p, const GoType *t, const void *v, int verb);
void fmt_0x64(Printer *p, uint64_t v, bool leading0x);
/* handleMethods for the value (t, data word); true when String()/Error() printed it */
bool fmt_handle_methods(Printer *p, const GoType *t, void *data, int verb);

#endif
