/* buildtags.c — which files of a directory belong to the build (go/build's goodOSArchFile and
 * shouldBuild): the _GOOS, _GOARCH and _GOOS_GOARCH file name suffixes, and the constraint
 * of the file's header — a `//go:build expr` line, or (older files) `// +build` lines.
 *
 * Two targets: a program's own packages are built for the machine, as go build would
 * (GOOS=linux, GOARCH=amd64 on x86-64, the gc compiler); Go's standard library is built for
 * a target that has no assembly, so every file guarded by an architecture name or by `gc` is
 * left out and the generic Go fallbacks are chosen instead:
 *   linux, unix         the operating system
 *   gosub               the compiler (neither gc nor gccgo)
 *   purego              packages with a pure Go variant use it (crypto, ...)
 *   math_big_pure_go    the same for math/big
 *   compiler_bootstrap  math/bits and strconv without runtime hooks (what gc's bootstrap
 *                       build uses: no //go:linkname into the runtime)
 *   go1.1 ... go1.19    the release tags
 * One exception: package math is built with the machine's files (amd64) where gosub's
 * runtime supplies that assembly (runtime/math.c ports exp_amd64.s bit for bit): the
 * portable Exp, Log and Hypot round differently, and programs print what gc computes.
 * Example: internal/bytealg's indexbyte_generic.go says
 *   //go:build !386 && !amd64 && !s390x && !arm && !arm64 && !ppc64 && !ppc64le && ...
 * which holds for the standard library's target, so it replaces indexbyte_native.go (whose
 * functions are written in assembly). */
#include <string.h>
#include <sys/utsname.h>

#include "load_int.h"

static const char *const known_os[] = {
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
    "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos", NULL};
static const char *const known_arch[] = {
    "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
    "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
    "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm", NULL};

static bool in_list(const char *const *l, const char *s, size_t n) {
  for (int i = 0; l[i]; i++)
    if (strlen(l[i]) == n && !strncmp(l[i], s, n)) return true;
  return false;
}

const char *load_host_arch(void);
static const char *host_arch(void) { return load_host_arch(); }

const char *load_host_arch(void) {
  static const char *arch;
  if (!arch) {
    struct utsname u;
    arch = "amd64";
    if (uname(&u) == 0 && (!strcmp(u.machine, "aarch64") || !strcmp(u.machine, "arm64")))
      arch = "arm64";
  }
  return arch;
}

/* Is build tag s[0:n] satisfied for this target? */
static bool match_tag(const char *s, size_t n, BuildTarget target) {
  bool std = target == BT_STD;
#define IS(lit) (n == sizeof(lit) - 1 && !strncmp(s, lit, n))
  if (IS("linux") || IS("unix")) return true;
  if (target == BT_STD_ASM && n == strlen(host_arch()) && !strncmp(s, host_arch(), n)) return true;
  if (target != BT_HOST) {
    if (IS("gosub") || IS("purego") || IS("math_big_pure_go") || IS("compiler_bootstrap"))
      return true;
  } else {
    if (IS("gc") || (n == strlen(host_arch()) && !strncmp(s, host_arch(), n))) return true;
  }
  (void)std;
  if (n >= 4 && !strncmp(s, "go1.", 4)) {
    int minor = 0;
    for (size_t i = 4; i < n; i++) {
      if (s[i] < '0' || s[i] > '9') return false;
      minor = minor * 10 + (s[i] - '0');
    }
    return minor >= 1 && minor <= 19;
  }
  return false;
#undef IS
}

/* ---- //go:build expressions: or = and {"||" and}; and = not {"&&" not};
 *      not = "!" not | "(" or ")" | tag ---- */
typedef struct Expr {
  const char *s;
  BuildTarget std;
  bool bad;
} Expr;

static void skip_space(Expr *e) {
  while (*e->s == ' ' || *e->s == '\t') e->s++;
}

static bool parse_or(Expr *e);

static bool parse_not(Expr *e) {
  skip_space(e);
  if (*e->s == '!') {
    e->s++;
    return !parse_not(e);
  }
  if (*e->s == '(') {
    e->s++;
    bool v = parse_or(e);
    skip_space(e);
    if (*e->s == ')') e->s++;
    else e->bad = true;
    return v;
  }
  const char *start = e->s;
  while ((*e->s >= 'a' && *e->s <= 'z') || (*e->s >= 'A' && *e->s <= 'Z') ||
         (*e->s >= '0' && *e->s <= '9') || *e->s == '_' || *e->s == '.')
    e->s++;
  if (e->s == start) {
    e->bad = true;
    return false;
  }
  return match_tag(start, (size_t)(e->s - start), e->std);
}

static bool parse_and(Expr *e) {
  bool v = parse_not(e);
  for (;;) {
    skip_space(e);
    if (e->s[0] != '&' || e->s[1] != '&') return v;
    e->s += 2;
    bool w = parse_not(e);
    v = v && w;
  }
}

static bool parse_or(Expr *e) {
  bool v = parse_and(e);
  for (;;) {
    skip_space(e);
    if (e->s[0] != '|' || e->s[1] != '|') return v;
    e->s += 2;
    bool w = parse_and(e);
    v = v || w;
  }
}

/* `// +build a,b !c` : OR of space-separated terms, each an AND of comma-separated tags */
static bool plus_build_line(const char *s, const char *end, BuildTarget std) {
  bool any = false;
  while (s < end) {
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    if (s >= end) break;
    const char *t = s;
    while (s < end && *s != ' ' && *s != '\t') s++;
    bool all = true;
    for (const char *p = t; p < s;) {
      const char *q = p;
      while (q < s && *q != ',') q++;
      bool neg = *p == '!';
      const char *n = neg ? p + 1 : p;
      bool m = q > n && match_tag(n, (size_t)(q - n), std);
      if (neg ? m : !m) all = false;
      p = q < s ? q + 1 : q;
    }
    if (all) any = true;
  }
  return any;
}

/* The build constraint in the header of a file (before the package clause). */
static bool header_matches(const char *src, size_t len, BuildTarget std) {
  const char *p = src, *end = src + len;
  bool have_plus = false, plus_ok = true;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol) eol = end;
    const char *l = p;
    while (l < eol && (*l == ' ' || *l == '\t' || *l == '\r')) l++;
    if (l == eol) { p = eol + 1; continue; }
    if (l + 1 < eol && l[0] == '/' && l[1] == '*') {
      const char *close = NULL;
      for (const char *q = l + 2; q + 1 < end; q++)
        if (q[0] == '*' && q[1] == '/') { close = q; break; }
      if (!close) return true;
      p = close + 2;
      continue;
    }
    if (l + 1 >= eol || l[0] != '/' || l[1] != '/') break; /* the package clause */
    if (!strncmp(l, "//go:build", 10) && (l + 10 == eol || l[10] == ' ' || l[10] == '\t')) {
      Expr e = {arena_strndup(l + 10, (size_t)(eol - l - 10)), std, false};
      bool v = parse_or(&e);
      skip_space(&e);
      while (*e.s == '\r') e.s++;
      return e.bad || *e.s ? false : v;
    }
    const char *c = l + 2;
    while (c < eol && (*c == ' ' || *c == '\t')) c++;
    if (!strncmp(c, "+build", 6) && (c + 6 == eol || c[6] == ' ' || c[6] == '\t')) {
      have_plus = true;
      if (!plus_build_line(c + 6, eol, std)) plus_ok = false;
    }
    p = eol + 1;
  }
  return !have_plus || plus_ok;
}

/* go/build's goodOSArchFile: x_linux.go, x_amd64.go, x_linux_amd64.go (and _test) */
static bool name_matches(const char *name, BuildTarget std) {
  const char *dot = strchr(name, '.');
  size_t n = dot ? (size_t)(dot - name) : strlen(name);
  const char *us = memchr(name, '_', n);
  if (!us) return true;
  const char *parts[64];
  size_t lens[64];
  int np = 0;
  for (const char *s = us + 1; s <= name + n && np < 64;) {
    const char *e = memchr(s, '_', (size_t)(name + n - s));
    if (!e) e = name + n;
    parts[np] = s;
    lens[np++] = (size_t)(e - s);
    s = e + 1;
  }
  if (np && lens[np - 1] == 4 && !strncmp(parts[np - 1], "test", 4)) np--;
  if (np >= 2 && in_list(known_os, parts[np - 2], lens[np - 2]) &&
      in_list(known_arch, parts[np - 1], lens[np - 1]))
    return match_tag(parts[np - 1], lens[np - 1], std) && match_tag(parts[np - 2], lens[np - 2], std);
  if (np >= 1 && (in_list(known_os, parts[np - 1], lens[np - 1]) ||
                  in_list(known_arch, parts[np - 1], lens[np - 1])))
    return match_tag(parts[np - 1], lens[np - 1], std);
  return true;
}

bool load_file_wanted(const char *name) {
  size_t n = strlen(name);
  if (name[0] == '_' || name[0] == '.') return false;
  return !(n >= 8 && !strcmp(name + n - 8, "_test.go"));
}

bool load_file_matches(const char *name, const char *src, size_t len, BuildTarget std) {
  return load_file_wanted(name) && name_matches(name, std) && header_matches(src, len, std);
}
