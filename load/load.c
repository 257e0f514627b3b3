/* load.c — command line → packages in dependency order (see load.h for the rules).
 *
 * Steps, as cmd/go's load package takes them:
 *   1. the main module: go.mod in the current directory or above (`module ex.com/m`);
 *   2. the roots: .go files (one package, go's command-line-arguments), or package patterns —
 *      directories (., ./x, ../x, /abs, with /... for every package below) and import paths;
 *   3. each package directory: its .go files chosen by build constraints (buildtags.c),
 *      parsed once here (sema gets the trees), one package name among them;
 *   4. imports resolved one by one, depth first in source order; an import cycle is go's
 *      error, and so is a path that leads nowhere;
 *   5. the order: post-order of that walk, so every package comes after its imports.
 * Errors of steps 1-4 are cmd/go's, printed as it prints them (positions relative to the
 * current directory without "./", sorted by import path) with exit status 1. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../parser/parser.h"
#include "load_int.h"


static struct {
  const char *path, *root; /* module path and directory; path NULL without go.mod */
} mod;

static Vec all_pkgs;       /* Package* loaded so far */
static Vec errors;         /* LoadError* */

typedef struct LoadError {
  const char *key;         /* sort key: the import path */
  const char *text;        /* the whole message, without the final newline */
} LoadError;

static void load_error(const char *key, const char *text) {
  LoadError *e = NEW(LoadError);
  e->key = key ? key : "";
  e->text = text;
  vec_push(&errors, e);
}

static int cmp_err(const void *a, const void *b) {
  const LoadError *x = *(LoadError *const *)a, *y = *(LoadError *const *)b;
  return strcmp(x->key, y->key);
}

static void flush_errors_and_exit(void) {
  if (!errors.len) return;
  qsort(errors.data, (size_t)errors.len, sizeof(void *), cmp_err);
  for (int i = 0; i < errors.len; i++) fprintf(stderr, "%s\n", ((LoadError *)errors.data[i])->text);
  exit(1);
}

/* ---- go.mod ---- */
static const char *module_directive(const char *src) {
  for (const char *l = src; l && *l;) {
    while (*l == ' ' || *l == '\t') l++;
    if (!strncmp(l, "module", 6) && (l[6] == ' ' || l[6] == '\t')) {
      const char *s = l + 6;
      while (*s == ' ' || *s == '\t') s++;
      const char *e = s;
      if (*s == '"' || *s == '`') {
        char q = *s++;
        e = strchr(s, q);
        return e ? arena_strndup(s, (size_t)(e - s)) : NULL;
      }
      while (*e && *e != ' ' && *e != '\t' && *e != '\r' && *e != '\n' && *e != '/' ) e++;
      while (*e && *e != ' ' && *e != '\t' && *e != '\r' && *e != '\n') e++;
      return e > s ? arena_strndup(s, (size_t)(e - s)) : NULL;
    }
    l = strchr(l, '\n');
    if (l) l++;
  }
  return NULL;
}

static bool find_module(const char *dir) {
  for (const char *d = dir;;) {
    const char *gomod = arena_printf("%s/go.mod", strcmp(d, "/") ? d : "");
    size_t len;
    char *src = load_read_file(gomod, &len);
    if (src) {
      mod.path = module_directive(src);
      if (!mod.path) {
        fprintf(stderr, "go: error reading %s: no module declaration in go.mod\n", gomod);
        exit(1);
      }
      mod.root = d;
      return true;
    }
    if (!strcmp(d, "/")) return false;
    const char *slash = strrchr(d, '/');
    d = slash == d ? "/" : arena_strndup(d, (size_t)(slash - d));
  }
}

/* ---- packages ---- */
static Package *find_pkg(const char *import_path) {
  for (int i = 0; i < all_pkgs.len; i++) {
    Package *p = all_pkgs.data[i];
    if (p->import_path == import_path) return p;
  }
  return NULL;
}

static const char *file_pkgname(Node *f) {
  return f->file.pkgname ? f->file.pkgname->ident.name : intern("_");
}

/* The package's files as the build cache sees them: names and contents. */
static void hash_sources(Package *p, Vec *names, Vec *srcs, Vec *lens) {
  Sha256 c;
  sha256_init(&c);
  sha256_update(&c, p->import_path, strlen(p->import_path) + 1);
  for (int i = 0; i < names->len; i++) {
    const char *name = names->data[i];
    uint64_t len = (uint64_t)(uintptr_t)lens->data[i];
    sha256_update(&c, name, strlen(name) + 1);
    sha256_update(&c, &len, sizeof len);
    sha256_update(&c, srcs->data[i], (size_t)len);
  }
  sha256_final(&c, p->srchash);
}

/* The target a package's files are chosen for (buildtags.c): Go's standard library has
 * no assembly, except math on amd64, whose assembly runtime/math.c supplies. */
static BuildTarget build_target(PkgOrigin origin, const char *import_path) {
  if (origin != PKG_STD) return BT_HOST;
  if (!strcmp(import_path, "math") && !strcmp(load_host_arch(), "amd64")) return BT_STD_ASM;
  return BT_STD;
}

/* The .go files of dir chosen by build constraints, parsed. Returns NULL with an error
 * recorded (no Go files, several package names); key/where say what the error names. */
static Package *load_dir(const char *dir, const char *import_path, PkgOrigin origin,
                         const char *where) {
  Vec names = {0};
  if (load_list_go_files(dir, &names) < 0) {
    load_error(import_path, arena_printf("%sno Go files in %s", where, dir));
    return NULL;
  }
  Package *p = NEW(Package);
  p->import_path = intern(import_path);
  p->dir = dir;
  p->origin = origin;
  Vec chosen = {0}, srcs = {0};
  Vec lens = {0};
  for (int i = 0; i < names.len; i++) {
    const char *name = names.data[i];
    if (!load_file_wanted(name)) continue;
    size_t len;
    char *src = load_read_file(arena_printf("%s/%s", dir, name), &len);
    if (!src) continue;
    if (!load_file_matches(name, src, len, build_target(origin, import_path))) continue;
    vec_push(&chosen, (void *)name);
    vec_push(&srcs, src);
    vec_push(&lens, (void *)(uintptr_t)len);
  }
  if (!chosen.len) {
    load_error(import_path, arena_printf("%sno Go files in %s", where, dir));
    return NULL;
  }
  hash_sources(p, &chosen, &srcs, &lens);
  int syntax_before = parse_syntax_errors();
  for (int i = 0; i < chosen.len; i++) {
    const char *disp = origin == PKG_STD ? intern(arena_printf("%s/%s", dir, (char *)chosen.data[i]))
                                         : load_display_name(dir, chosen.data[i]);
    Node *f = parse_file(disp, srcs.data[i], (size_t)(uintptr_t)lens.data[i]);
    vec_push(&p->files, f);
  }
  for (int i = 1; i < p->files.len; i++) {
    if (file_pkgname(p->files.data[i]) != file_pkgname(p->files.data[0])) {
      load_error(import_path, arena_printf("%sfound packages %s (%s) and %s (%s) in %s", where,
                 file_pkgname(p->files.data[0]), (char *)chosen.data[0],
                 file_pkgname(p->files.data[i]), (char *)chosen.data[i], dir));
      return NULL;
    }
  }
  p->name = file_pkgname(p->files.data[0]);
  p->path = p->name == intern("main") ? intern("main") : p->import_path;
  if (parse_syntax_errors() != syntax_before && origin == PKG_STD) {
    /* Go's source that gosub's parser refuses — valid Go, so generics, which gosub lacks:
     * the package is not supported */
    diag_clear();
    sema_unsupported(p->import_path, arena_printf("it uses generics (%s)", p->import_path));
    return NULL;
  }
  if (parse_syntax_errors() != syntax_before) {
    /* go build stops at a package's syntax errors, printed under its header */
    if (origin != PKG_FILES) fprintf(stderr, "# %s\n", p->import_path);
    diag_flush();
    exit(1);
  }
  p->parse_errors = diag_take_errors();
  vec_push(&all_pkgs, p);
  return p;
}

/* "main.go:7:2: " — where cmd/go reports an import: relative to the current directory */
static const char *import_where(Package *from, Node *spec) {
  Node *lit = spec->importspec.path;
  Pos pos = lit->pos;
  const char *file = pos.file;
  (void)from;
  if (file && !strncmp(file, "./", 2)) file += 2;
  return arena_printf("%s:%d:%d: ", file ? file : "?", pos.line, pos.col);
}

static bool first_elem_has_dot(const char *path) {
  const char *slash = strchr(path, '/');
  size_t n = slash ? (size_t)(slash - path) : strlen(path);
  return memchr(path, '.', n) != NULL;
}

static Package *resolve(const char *path, const char *where);

/* ---- Go's standard library from source ----
 * Every standard package is compiled from Go's own source, except gosub's own packages
 * (sema/prelude/: bound to gosub's runtime) and the packages below, which gosub cannot
 * build; a package that imports one of them (directly or not) cannot be built either, and
 * an import of it is refused with the reason. */
static const struct { const char *path, *why; } blocked[] = {
    {"C", "it needs cgo"},
    {"runtime/cgo", "it needs cgo"},
    {"plugin", "it needs dynamic loading"},
    {"net", "it needs package net (sockets)"},
    {"os/exec", "it needs package os/exec (processes)"},
    {"os/signal", "it needs package os/signal (signals)"},
    {"os/user", "it needs package os/user"},
    {"internal/poll", "it needs internal/poll (Go's network poller)"},
    {"internal/syscall/unix", "it needs Go's raw system calls"},
    {"runtime/debug", "it needs runtime/debug"},
    {"runtime/pprof", "it needs runtime/pprof"},
    {"runtime/trace", "it needs runtime/trace"},
    {"runtime/metrics", "it needs runtime/metrics"},
    {"runtime/race", "it needs the race detector"},
    {"testing", "it needs package testing"},
};

static Vec std_failed; /* import paths found unsupported (reason given to sema) */

static bool std_is_failed(const char *path) {
  for (int i = 0; i < std_failed.len; i++)
    if (std_failed.data[i] == path) return true;
  return false;
}

static void std_fail(const char *path, const char *why) {
  vec_push(&std_failed, (void *)path);
  sema_unsupported(path, why);
}

static const char *import_lit_path(Node *spec) {
  Node *lit = spec->importspec.path;
  return lit && lit->lit.str ? intern_n(lit->lit.str, lit->lit.len) : NULL;
}

/* Loads p's imports; the first that cannot be built (in file order), or NULL. What such an
 * import stands for is beyond gosub's runtime (sockets, processes, signals, cgo, the
 * vendored golang.org/x packages), so its importers are refused with it. (Declarations
 * that gosub cannot compile inside a package that loads are left out by sema instead.) */
static const char *failed_import(Package *p) {
  for (int f = 0; f < p->files.len; f++) {
    Node *file = p->files.data[f];
    for (int i = 0; i < file->file.imports.len; i++) {
      Node *gd = file->file.imports.data[i];
      for (int k = 0; k < gd->gendecl.specs.len; k++) {
        const char *q = import_lit_path(gd->gendecl.specs.data[k]);
        if (!q || q == intern("unsafe")) continue;
        if (first_elem_has_dot(q)) { /* golang.org/x/... from GOROOT/src/vendor */
          if (!std_is_failed(q)) std_fail(q, "it needs the standard library's vendored packages");
          return q;
        }
        if (!resolve(q, "") && std_is_failed(q)) return q;
      }
    }
  }
  return NULL;
}

const char *sema_unsupported_reason(const char *path); /* sema/prelude.c */


static Package *std_package(const char *path) {
  if (std_is_failed(path)) return NULL;
  for (size_t i = 0; i < sizeof blocked / sizeof blocked[0]; i++)
    if (!strcmp(blocked[i].path, path)) {
      std_fail(path, blocked[i].why);
      return NULL;
    }
  int nerr = errors.len;
  Package *p = load_dir(arena_printf("%s/%s", load_goroot_src(), path), path, PKG_STD, "");
  if (!p) {
    if (!std_is_failed(path)) std_fail(path, "gosub cannot build it");
    errors.len = nerr; /* "no Go files" for gosub's target: not the user's error */
    return NULL;
  }
  const char *bad = failed_import(p);
  if (bad) {
    for (int i = 0; i < all_pkgs.len; i++) /* forget p */
      if (all_pkgs.data[i] == p) all_pkgs.data[i] = all_pkgs.data[--all_pkgs.len];
    std_fail(path, sema_unsupported_reason(bad));
    return NULL;
  }
  return p;
}

/* gosub's own package (sema/prelude/, embedded in gosub): its file, parsed, the further
 * embedded files it names with a line
 *     //gosub:file time_format.go
 * and the files of Go's own package it names with a line
 *     //gosub:goroot zerrors_linux_$GOARCH.go
 * (read in place from Go's source tree, $GOARCH being the machine's), which it completes. */
static Package *own_package(const char *path) {
  size_t len;
  const char *fname;
  const char *src = sema_prelude_source(path, &len, &fname);
  Package *p = NEW(Package);
  p->import_path = p->path = intern(path);
  p->origin = PKG_OWN;
  Vec names = {0}, srcs = {0}, lens = {0}, shown = {0};
  vec_push(&names, (void *)fname);
  vec_push(&srcs, (void *)src);
  vec_push(&lens, (void *)(uintptr_t)len);
  vec_push(&shown, (void *)intern(fname));
  static const char own_directive[] = "//gosub:file ";
  for (const char *l = src; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
    if (strncmp(l, own_directive, sizeof own_directive - 1)) continue;
    const char *s = l + sizeof own_directive - 1, *e = s;
    while (*e && *e != '\n' && *e != ' ' && *e != '\r') e++;
    char *file = arena_strndup(s, (size_t)(e - s));
    size_t flen;
    const char *fsrc = sema_prelude_file(file, &flen);
    if (!fsrc) fatal("gosub's own package %s names %s, which is not embedded", path, file);
    const char *shown_name = arena_printf("$GOROOT/src/%s/%s", path, file);
    vec_push(&names, (void *)shown_name);
    vec_push(&srcs, (void *)fsrc);
    vec_push(&lens, (void *)(uintptr_t)flen);
    vec_push(&shown, (void *)intern(shown_name));
  }
  static const char directive[] = "//gosub:goroot ";
  for (const char *l = src; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
    if (strncmp(l, directive, sizeof directive - 1)) continue;
    const char *s = l + sizeof directive - 1, *e = s;
    while (*e && *e != '\n' && *e != ' ' && *e != '\r') e++;
    char *file = arena_strndup(s, (size_t)(e - s));
    char *arch = strstr(file, "$GOARCH");
    if (arch) file = arena_printf("%.*s%s%s", (int)(arch - file), file, load_host_arch(), arch + 7);
    const char *full = arena_printf("%s/%s/%s", load_goroot_src(), path, file);
    size_t flen;
    char *fsrc = load_read_file(full, &flen);
    if (!fsrc) fatal("gosub's own package %s needs %s, which cannot be read", path, full);
    vec_push(&names, file);
    vec_push(&srcs, fsrc);
    vec_push(&lens, (void *)(uintptr_t)flen);
    vec_push(&shown, (void *)intern(full));
  }
  hash_sources(p, &names, &srcs, &lens);
  int before = diag_count();
  for (int i = 0; i < names.len; i++)
    vec_push(&p->files, parse_file(shown.data[i], srcs.data[i], (size_t)(uintptr_t)lens.data[i]));
  if (diag_count() != before) fatal("gosub's own package %s does not parse", path);
  p->name = file_pkgname(p->files.data[0]);
  vec_push(&all_pkgs, p);
  return p;
}

/* Go's source tree: $GOSUB_GOROOT, else Debian's golang-1.19-src (read in place) */
const char *load_goroot_src(void) {
  const char *g = getenv("GOSUB_GOROOT");
  return g && *g ? arena_printf("%s/src", g) : "/usr/share/go-1.19/src";
}

bool std_package_exists(const char *path); /* sema/prelude.c: Go 1.19's package list */

static bool std_dir_exists(const char *path) {
  return std_package_exists(path) || load_is_dir(arena_printf("%s/%s", load_goroot_src(), path));
}

static bool in_module(const char *path) {
  if (!mod.path) return false;
  size_t n = strlen(mod.path);
  return !strcmp(path, mod.path) || (!strncmp(path, mod.path, n) && path[n] == '/');
}

/* An import path to its package; NULL when sema resolves it (unsafe, the prelude) or on an
 * error (recorded). where: "file:line:col: " of the import, or "" for the command line. */
static Package *resolve(const char *path, const char *where) {
  path = intern(path);
  Package *p = find_pkg(path);
  if (p) return p;
  if (!strcmp(path, "unsafe")) return NULL;
  if (sema_prelude_source(path, &(size_t){0}, &(const char *){NULL})) return own_package(path);
  if (in_module(path)) {
    const char *dir = load_clean(arena_printf("%s/%s", mod.root, path + strlen(mod.path)));
    Vec names = {0};
    bool any = false;
    if (load_list_go_files(dir, &names) == 0)
      for (int i = 0; i < names.len && !any; i++) any = load_file_wanted(names.data[i]);
    if (!any) {
      load_error(path, arena_printf("%sno required module provides package %s; to add it:\n"
                                    "\tgo get %s", where, path, path));
      return NULL;
    }
    return load_dir(dir, path, PKG_LOCAL, where);
  }
  if (first_elem_has_dot(path)) {
    if (mod.path)
      load_error(path, arena_printf("%sno required module provides package %s; to add it:\n"
                                    "\tgo get %s", where, path, path));
    else
      load_error(path, arena_printf("%sno required module provides package %s: go.mod file not "
                                    "found in current directory or any parent directory; see "
                                    "'go help modules'", where, path));
    return NULL;
  }
  if (!std_dir_exists(path)) {
    load_error(path, arena_printf("%spackage %s is not in GOROOT (/usr/lib/go-1.19/src/%s)",
                                  where, path, path));
    return NULL;
  }
  return std_package(path); /* NULL: not supported by gosub, sema says why */
}

/* ---- dependency order ---- */
enum { UNSEEN, VISITING, DONE };

typedef struct Walk {
  Vec order;        /* Package* post-order */
  Vec state_pkgs;   /* Package* with state VISITING or DONE */
  Vec state_vals;
  Vec stack;        /* import paths from the root, for the cycle message */
} Walk;

static int state_of(Walk *w, Package *p) {
  for (int i = 0; i < w->state_pkgs.len; i++)
    if (w->state_pkgs.data[i] == p) return (int)(intptr_t)w->state_vals.data[i];
  return UNSEEN;
}

static void set_state(Walk *w, Package *p, int s) {
  for (int i = 0; i < w->state_pkgs.len; i++)
    if (w->state_pkgs.data[i] == p) { w->state_vals.data[i] = (void *)(intptr_t)s; return; }
  vec_push(&w->state_pkgs, p);
  vec_push(&w->state_vals, (void *)(intptr_t)s);
}

static bool visit(Walk *w, Package *p) {
  int st = state_of(w, p);
  if (st == DONE) return true;
  if (st == VISITING) {
    StrBuf sb = {0};
    sb_printf(&sb, "package %s", (char *)w->stack.data[0]);
    for (int i = 1; i < w->stack.len; i++) sb_printf(&sb, "\n\timports %s", (char *)w->stack.data[i]);
    sb_printf(&sb, "\n\timports %s: import cycle not allowed", p->import_path);
    load_error("", sb_arena(&sb));
    sb_free(&sb);
    return false;
  }
  set_state(w, p, VISITING);
  vec_push(&w->stack, (void *)p->import_path);
  for (int f = 0; f < p->files.len; f++) {
    Node *file = p->files.data[f];
    for (int i = 0; i < file->file.imports.len; i++) {
      Node *gd = file->file.imports.data[i];
      for (int k = 0; k < gd->gendecl.specs.len; k++) {
        Node *spec = gd->gendecl.specs.data[k];
        Node *lit = spec->importspec.path;
        if (!lit || !lit->lit.str) continue;
        const char *path = intern_n(lit->lit.str, lit->lit.len);
        if (p->origin == PKG_STD && first_elem_has_dot(path)) continue; /* vendored: sema */
        Package *q = resolve(path, import_where(p, spec));
        if (!q) continue;
        bool seen = false;
        for (int j = 0; j < p->imports.len; j++) seen |= p->imports.data[j] == q;
        if (!seen) vec_push(&p->imports, q);
        if (!visit(w, q)) return false;
      }
    }
  }
  w->stack.len--;
  set_state(w, p, DONE);
  vec_push(&w->order, p);
  return true;
}

/* ---- the command line ---- */
static bool is_file_arg(const char *a) {
  size_t n = strlen(a);
  return n > 3 && !strcmp(a + n - 3, ".go");
}

static bool is_dir_pattern(const char *a) {
  return !strcmp(a, ".") || !strcmp(a, "..") || !strncmp(a, "./", 2) || !strncmp(a, "../", 3) ||
         a[0] == '/';
}

static const char *base_of(const char *p) {
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}

static Package *files_package(Vec *args) {
  const char *dir = NULL;
  Package *p = NEW(Package);
  p->import_path = intern("command-line-arguments");
  p->origin = PKG_FILES;
  Vec names = {0}, srcs = {0}, lens = {0};
  int syntax_before = parse_syntax_errors();
  for (int i = 0; i < args->len; i++) {
    const char *a = args->data[i];
    const char *abs = load_abs(a);
    const char *d = arena_strndup(abs, (size_t)(strrchr(abs, '/') - abs));
    if (!*d) d = "/";
    if (load_is_dir(abs)) {
      fprintf(stderr, "gosub: %s is a directory, not a .go file\n", a);
      exit(1);
    }
    if (dir && strcmp(dir, d)) {
      fprintf(stderr, "named files must all be in one directory; have %s/ and %s/\n",
              load_short_path(dir), load_short_path(d));
      exit(1);
    }
    dir = d;
    size_t len;
    char *src = load_read_file(abs, &len);
    if (!src) {
      fprintf(stderr, "open %s: no such file or directory\n", a);
      exit(1);
    }
    vec_push(&p->files, parse_file(load_display_name(d, base_of(abs)), src, len));
    vec_push(&names, (void *)base_of(abs));
    vec_push(&srcs, src);
    vec_push(&lens, (void *)(uintptr_t)len);
  }
  hash_sources(p, &names, &srcs, &lens);
  p->dir = dir;
  p->name = file_pkgname(p->files.data[0]);
  if (parse_syntax_errors() != syntax_before) {
    diag_flush();
    exit(1);
  }
  p->parse_errors = diag_take_errors();
  vec_push(&all_pkgs, p);
  return p;
}

/* the import path of directory dir (absolute), or NULL with an error */
static const char *dir_import_path(const char *dir, const char *arg) {
  if (!mod.path) {
    fprintf(stderr, "go: go.mod file not found in current directory or any parent directory; "
                    "see 'go help modules'\n");
    exit(1);
  }
  size_t n = strlen(mod.root);
  if (!strcmp(dir, mod.root)) return mod.path;
  if (!strncmp(dir, mod.root, n) && (dir[n] == '/' || !strcmp(mod.root, "/")))
    return arena_printf("%s/%s", mod.path, dir + n + (dir[n] == '/'));
  fprintf(stderr, "directory %s outside main module or its selected dependencies\n", arg);
  exit(1);
}

/* every package directory below dir (pattern dir/...): not testdata, _x or .x */
static void walk_dirs(const char *dir, Vec *out);

static void add_root(Vec *roots, Package *p) {
  if (!p) return;
  for (int i = 0; i < roots->len; i++)
    if (roots->data[i] == p) return;
  p->cmdline = true;
  vec_push(roots, p);
}

static Package *dir_package(const char *dir, const char *arg) {
  if (!load_is_dir(dir)) {
    fprintf(stderr, "stat %s: directory not found\n", dir);
    exit(1);
  }
  const char *ip = intern(dir_import_path(dir, arg));
  Package *p = find_pkg(ip);
  return p ? p : load_dir(dir, ip, PKG_LOCAL, "");
}

LoadResult load_program(Vec *args) {
  LoadResult r = {0};
  bool files = args->len > 0;
  for (int i = 0; i < args->len; i++) files = files && is_file_arg(args->data[i]);
  if (!find_module(load_cwd()) && args->len > 0) {
    /* gosub also finds the module of the package named (go would insist on the cwd) */
    const char *a = args->data[0];
    const char *d = load_abs(a);
    if (files) d = arena_strndup(d, (size_t)(strrchr(d, '/') - d));
    if (load_is_dir(d)) find_module(d);
  }
  if (files) {
    Package *p = files_package(args);
    add_root(&r.roots, p);
    const char *b = base_of(args->data[0]);
    r.exe_name = arena_strndup(b, strlen(b) - 3);
  } else {
    Vec pats = *args;
    if (!pats.len) vec_push(&pats, ".");
    for (int i = 0; i < pats.len; i++) {
      const char *a = pats.data[i];
      size_t n = strlen(a);
      if (n >= 3 && !strcmp(a + n - 3, "...") && (n == 3 || a[n - 4] == '/')) {
        const char *base = n == 3 ? "." : arena_strndup(a, n - 4);
        Vec dirs = {0};
        walk_dirs(load_abs(base), &dirs);
        for (int k = 0; k < dirs.len; k++) add_root(&r.roots, dir_package(dirs.data[k], a));
        continue;
      }
      if (is_dir_pattern(a)) add_root(&r.roots, dir_package(load_abs(a), a));
      else {
        Package *p = resolve(a, "");
        if (!p && !errors.len) {
          if (!strcmp(a, "unsafe"))
            fprintf(stderr, "gosub: package %s is gosub's own: nothing to build\n", a);
          else if (std_is_failed(intern(a)))
            fprintf(stderr, "package %s is not supported by gosub: %s\n", a,
                    sema_unsupported_reason(a));
          else
            fprintf(stderr, "package %s is not in GOROOT (/usr/lib/go-1.19/src/%s)\n", a, a);
          exit(1);
        }
        add_root(&r.roots, p);
      }
    }
    for (int i = 0; i < r.roots.len; i++) {
      Package *p = r.roots.data[i];
      if (!r.exe_name || p->name == intern("main")) r.exe_name = base_of(p->import_path);
      if (p->name == intern("main")) break;
    }
  }
  flush_errors_and_exit();
  Walk w = {0};
  for (int i = 0; i < r.roots.len; i++) {
    w.stack.len = 0;
    if (!visit(&w, r.roots.data[i])) break;
  }
  flush_errors_and_exit();
  r.pkgs = w.order;
  return r;
}

/* For harnesses that parse a package themselves (unit tests, fuzzers): its imports, loaded
 * and ordered as load_program does, each to be checked before it (those checked before
 * have Package.sema set). Errors become diagnostics instead of ending the process. */
Vec load_imports(Package *pkg) {
  static bool module_found;
  if (!module_found) {
    find_module(load_cwd());
    module_found = true;
  }
  Walk w = {0};
  visit(&w, pkg);
  for (int i = 0; i < errors.len; i++) {
    const char *text = ((LoadError *)errors.data[i])->text;
    diag_error(pkg->files.len ? ((Node *)pkg->files.data[0])->pos : (Pos){0}, "%s", text);
  }
  errors.len = 0;
  Vec deps = {0};
  for (int i = 0; i < w.order.len; i++)
    if (w.order.data[i] != pkg) vec_push(&deps, w.order.data[i]);
  return deps;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk_dirs(const char *dir, Vec *out) {
  Vec names = {0};
  bool any = false;
  if (load_list_go_files(dir, &names) == 0)
    for (int i = 0; i < names.len && !any; i++) any = load_file_wanted(names.data[i]);
  if (any) vec_push(out, (void *)dir);
  DIR *d = opendir(dir);
  if (!d) return;
  Vec subs = {0};
  struct dirent *e;
  while ((e = readdir(d))) {
    const char *n = e->d_name;
    if (n[0] == '.' || n[0] == '_' || !strcmp(n, "testdata")) continue;
    const char *full = arena_printf("%s/%s", dir, n);
    if (load_is_dir(full) && access(arena_printf("%s/go.mod", full), F_OK) != 0)
      vec_push(&subs, (void *)full);
  }
  closedir(d);
  if (subs.len > 1) qsort(subs.data, (size_t)subs.len, sizeof(void *), cmp_str);
  for (int i = 0; i < subs.len; i++) walk_dirs(subs.data[i], out);
}
