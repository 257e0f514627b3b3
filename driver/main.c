/* main.c — the gosub command: parses the command line and runs the pipeline
 *
 *   load_program ─ for each package, imports first: sema_check ─ esc_analyze ─ cg_generate
 *                ─ cc (link the packages' objects and the runtime) ─ run
 *   (-segments: the root package's report, rep_write, once the executable is linked)
 *
 * The whole pipeline is the package loop in main() below (front_half is one package's
 * checks); everything else here is the command line and the link step (finding
 * libgosubrt.a next to this executable or in the installed libdir). */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../codegen/codegen.h"
#include "../common/common.h"
#include "../escape/escape.h"
#include "../lexer/lexer.h"
#include "../load/load.h"
#include "cache.h"
#include "../parser/parser.h"
#include "../report/report.h"
#include "../sema/sema.h"

#ifndef GOSUB_VERSION
#define GOSUB_VERSION "dev"
#endif
#ifndef GOSUB_LINKFLAGS
#define GOSUB_LINKFLAGS "" /* the sanitizer build links programs with its runtimes */
#endif
#ifndef GOSUB_LIBDIR
#define GOSUB_LIBDIR "/usr/local/lib/gosub"
#endif

typedef struct Options {
  bool run, build;
  int mlevel;            /* -m: 1, -m=2: 2 */
  int opt_level;         /* -O0 / -O2 */
  bool emit_llvm;        /* -S */
  bool strip;            /* -s: no debug information, no symbol table */
  const char *dump;      /* -d tokens|ast|types|esc (-d time is timing_enable) */
  const char *out;       /* -o */
  Vec files;             /* char* */
  int prog_argc;         /* gosub run x.go -- args */
  char **prog_argv;
  int segments;          /* -segments[=text|json|html]: 1 + RepFormat, 0 = none */
  bool allocs;           /* run -allocs: count heap allocations per site, merge into the report */
  const char *seg_name;  /* NAME of NAME.segments.json/.html: the program's name */
} Options;

static void usage(FILE *f) {
  fputs("usage: gosub run   [flags] [package | file.go...] [args]\n"
        "       gosub build [flags] [-o exe] [package... | file.go...]\n"
        "       gosub clean -cache\n"
        "       gosub version\n"
        "package: a directory (., ./cmd/x, ./... for all below) or an import path\n"
        "build cache: $GOSUBCACHE, else $XDG_CACHE_HOME/gosub or ~/.cache/gosub (off: none)\n"
        "flags:\n"
        "  -m        print escape analysis decisions (like go build -gcflags=-m)\n"
        "  -m=2      also print why values escape\n"
        "  -O0, -O2  optimisation level (default -O2)\n"
        "  -S        write LLVM IR (file.ll) instead of an executable\n"
        "  -s        strip: no DWARF and no symbol table (tracebacks lose names and lines)\n"
        "  -d PHASE  debug dump: tokens, ast, types, esc; -d time: each pass's wall time\n"
        "  -segments[=text|json|html]  where every function, variable and allocation lives\n"
        "  -allocs   (run) count heap allocations per site: printed at exit, or merged into\n"
        "            the -segments report\n",
        f);
}

static _Noreturn void die(const char *fmt, const char *arg) {
  fprintf(stderr, "gosub: ");
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  exit(1);
}

/* ---- the pipeline ---- */

static int flush_errors(void) {
  int n = diag_flush();
  return n ? 1 : 0;
}

/* gc's diagnostics for a package of a module come under its `# import/path` header, as
 * go build prints them; files named on the command line get none (go prints
 * `# command-line-arguments`, which the golden files leave out). */
static void print_header(Package *pkg) {
  if (pkg->origin != PKG_FILES) fprintf(stderr, "# %s\n", pkg->import_path);
}

static void fail_package(Package *pkg) {
  print_header(pkg);
  flush_errors();
  exit(1);
}

/* Type-check and analyse one package; -m reports only the packages named on the command
 * line, like go build -gcflags=-m. Exits 1 on errors. */
static void front_half(Package *pkg, Options *o) {
  if (!sema_check(pkg) || diag_count()) fail_package(pkg);
  timing_mark("sema");
  if (o->dump && strcmp(o->dump, "types") == 0) {
    if (pkg->cmdline) sema_dump(pkg);
    return;
  }
  esc_analyze(pkg, pkg->cmdline ? o->mlevel : 0);
  if (diag_note_count()) print_header(pkg);
  diag_flush_notes();
  if (diag_count()) fail_package(pkg);
  timing_mark("escape");
}

static char tmpdir[] = "/tmp/gosub-XXXXXX";

/* One package: from the build cache when it holds it (its declarations are checked again
 * for its importers, its escape summaries come back), otherwise through sema, escape
 * analysis and codegen, and then into the cache. Returns the object to link, NULL if none
 * (or the program is not linked). A package whose -m messages are asked for is analysed
 * even when cached. */
static const char *compile_package(Package *pkg, Options *o, bool link, int i,
                                   CgPlacement *placement) {
  bool report = pkg->cmdline && o->mlevel;
  bool use_cache = cache_enabled() && !placement; /* -segments: the placement of a fresh build */
  CacheEntry e;
  if (use_cache) cache_key(pkg, o->opt_level, o->strip);
  bool hit = use_cache && cache_lookup(pkg, &e);
  if (hit && !report) {
    pkg->decls_only = true;
    if (!sema_check(pkg) || diag_count()) fail_package(pkg);
    sema_import_unavailable(pkg, e.unavail);
    esc_import(pkg, e.escape);
    pkg->has_object = e.has_object;
    return link ? e.object : NULL;
  }
  front_half(pkg, o);
  bool need = cg_needs_object(pkg);
  if (hit) return link ? e.object : NULL;
  if (!need) {
    if (use_cache) cache_store(pkg, NULL, esc_export(pkg), sema_export_unavailable(pkg));
    return NULL;
  }
  if (!link) return NULL;
  const char *tmp = use_cache ? cache_object_path(pkg) : NULL;
  CgOptions cg = {.opt_level = o->opt_level, .strip = o->strip,
                  .out_path = tmp ? tmp : arena_printf("%s/%d.o", tmpdir, i), .placement = placement};
  if (!cg_generate(pkg, &cg) || diag_count()) {
    if (tmp) unlink(tmp);
    fail_package(pkg);
  }
  return tmp ? cache_store(pkg, tmp, esc_export(pkg), sema_export_unavailable(pkg)) : cg.out_path;
}

/* -d tokens: the scanner's view of the files named on the command line */
static void dump_tokens(Options *o) {
  for (int i = 0; i < o->files.len; i++) {
    const char *path = o->files.data[i];
    FILE *f = fopen(path, "rb");
    if (!f) die("cannot open %s", path);
    StrBuf sb = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) sb_putn(&sb, buf, n);
    fclose(f);
    const char *name = strncmp(path, "./", 2) && path[0] != '/' ? arena_printf("./%s", path) : path;
    lex_dump_tokens(intern(name), sb.buf ? sb.buf : "", sb.len);
    sb_free(&sb);
  }
  exit(flush_errors());
}

/* ---- linking ---- */

static char exe_dir[PATH_MAX];

static const char *find_runtime(void) {
  static char path[PATH_MAX + 64];
  const char *env = getenv("GOSUB_RUNTIME");
  if (env) return env;
  const char *cands[] = {"%s/runtime/libgosubrt.a", "%s/../runtime/libgosubrt.a", NULL};
  for (int i = 0; cands[i]; i++) {
    snprintf(path, sizeof path, cands[i], exe_dir);
    if (access(path, R_OK) == 0) return path;
  }
  snprintf(path, sizeof path, "%s/libgosubrt.a", GOSUB_LIBDIR);
  if (access(path, R_OK) == 0) return path;
  fprintf(stderr, "gosub: cannot find the runtime library libgosubrt.a (looked next to %s "
                  "and in %s; set GOSUB_RUNTIME)\n", exe_dir, GOSUB_LIBDIR);
  exit(1);
}

static int run_cmd(char **argv) {
  int rc = run_command(argv);
  if (rc < 0) die("fork or waitpid: %s", strerror(errno));
  return rc;
}

/* cc links the objects of the packages (cache entries, or temporaries without a cache) and
 * the runtime library. gold links Go programs' many objects about twice as fast as the
 * default ld.bfd; -fno-use-linker-plugin spares loading gcc's LTO plugin (no input is GCC
 * LTO bytecode: the output is the same, byte for byte). Like go build, a `gosub build` whose
 * executable is up to date (linked by gosub from the same inputs and not written since, see
 * driver/cache.c) leaves it as it is. The executable is static, as go build's: the pages of
 * libc.so and ld.so it would map cost a small program 1.2 MB of resident memory (hello
 * world: 2.0 MB against Go's 1.6; static, 1.3); the sanitizer builds link their shared
 * runtimes, so not those. */
static void link_exe(Vec *objs, const char *exe, bool strip, bool may_skip) {
  const char *cc = getenv("CC");
  if (!cc || !*cc) cc = "cc";
  Vec head = {0}, tail = {0};   /* the command: head -o exe objects runtime tail */
  vec_push(&head, (void *)cc);
  if (access("/usr/bin/ld.gold", X_OK) == 0 && !getenv("GOSUB_LD_DEFAULT")) {
    vec_push(&head, "-fuse-ld=gold");
    vec_push(&head, "-fno-use-linker-plugin");
  }
  if (!GOSUB_LINKFLAGS[0]) vec_push(&head, "-static");
  vec_push(&tail, "-lpthread");
  vec_push(&tail, "-lm");
  if (strip) vec_push(&tail, "-s");
  if (GOSUB_LINKFLAGS[0]) vec_push(&tail, GOSUB_LINKFLAGS);
  const char *runtime = find_runtime();

  StrBuf desc = {0};   /* what the link key covers besides objects and runtime */
  for (int i = 0; i < head.len; i++) sb_puts(&desc, head.data[i]), sb_putc(&desc, '\n');
  sb_putc(&desc, '\n');
  for (int i = 0; i < tail.len; i++) sb_puts(&desc, tail.data[i]), sb_putc(&desc, '\n');
  uint8_t key[32];
  bool keyed = may_skip && cache_link_key(objs, runtime, desc.buf, key);
  sb_free(&desc);
  if (keyed && cache_link_uptodate(exe, key)) return;

  Vec argv = {0};
  for (int i = 0; i < head.len; i++) vec_push(&argv, head.data[i]);
  vec_push(&argv, "-o");
  vec_push(&argv, (void *)exe);
  for (int i = 0; i < objs->len; i++) vec_push(&argv, objs->data[i]);
  vec_push(&argv, (void *)runtime);
  for (int i = 0; i < tail.len; i++) vec_push(&argv, tail.data[i]);
  vec_push(&argv, NULL);
  if (run_cmd((char **)argv.data) != 0) {
    fprintf(stderr, "gosub: link failed\n");
    exit(1);
  }
  if (keyed) cache_link_done(exe, key);
}

/* the temporary directory holds files only (objects, the program of gosub run) */
static void cleanup(void) {
  if (strcmp(tmpdir, "/tmp/gosub-XXXXXX") == 0) return;
  DIR *d = opendir(tmpdir);
  if (d) {
    struct dirent *e;
    while ((e = readdir(d)))
      if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
        unlink(arena_printf("%s/%s", tmpdir, e->d_name));
    closedir(d);
  }
  rmdir(tmpdir);
}

/* ---- the segments report (report/) ---- */

static bool segments_flag(Options *o, const char *a) {
  if (strcmp(a, "-segments") == 0 || strcmp(a, "-segments=text") == 0) o->segments = 1 + REP_TEXT;
  else if (strcmp(a, "-segments=json") == 0) o->segments = 1 + REP_JSON;
  else if (strcmp(a, "-segments=html") == 0) o->segments = 1 + REP_HTML;
  else if (strcmp(a, "-allocs") == 0) o->allocs = true;
  else return false;
  return true;
}

static Report *segments_begin(Options *o) {
  if (!o->segments) return NULL;
  return rep_new();
}

/* text: to stderr, like -m; json/html: to NAME.segments.json/.html in the current directory */
static void segments_write(Options *o, Report *r, Package *pkg, const char *exe) {
  if (!r) return;
  RepFormat f = (RepFormat)(o->segments - 1);
  FILE *out = stderr;
  const char *path = NULL;
  if (f != REP_TEXT) {
    const char *b = strrchr(o->seg_name, '/');
    path = arena_printf("%s%s", b ? b + 1 : o->seg_name, f == REP_JSON ? ".segments.json" : ".segments.html");
    out = fopen(path, "w");
    if (!out) die("cannot write %s", path);
  }
  bool ok = rep_write(r, pkg, exe, f, out);
  if (path) {
    fclose(out);
    if (ok) fprintf(stderr, "gosub: wrote %s\n", path);
  }
  if (!ok) exit(1);
}

/* ---- command line ---- */

static bool is_go_file(const char *a) {
  size_t n = strlen(a);
  return n > 3 && strcmp(a + n - 3, ".go") == 0;
}

static void parse_args(Options *o, int argc, char **argv) {
  int i = 2;
  for (; i < argc; i++) {
    char *a = argv[i];
    if (strcmp(a, "--") == 0) { i++; break; }
    /* gosub run x.go y.go args / gosub run . args: like go run, what follows the package
     * (its .go files, or one package) are the program's arguments, flags included */
    if (o->run && o->files.len > 0 && (!is_go_file(a) || !is_go_file(o->files.data[0]))) break;
    if (a[0] != '-' || a[1] == 0) {
      vec_push(&o->files, a);
      continue;
    }
    if (strcmp(a, "-m") == 0) o->mlevel = o->mlevel > 1 ? o->mlevel : 1;
    else if (strncmp(a, "-m=", 3) == 0) o->mlevel = atoi(a + 3);
    else if (strcmp(a, "-l") == 0) ; /* gc's "no inlining": gosub never inlines first */
    else if (strcmp(a, "-O0") == 0) o->opt_level = 0;
    else if (strcmp(a, "-O2") == 0 || strcmp(a, "-O") == 0) o->opt_level = 2;
    else if (strcmp(a, "-S") == 0) o->emit_llvm = true;
    else if (strcmp(a, "-s") == 0) o->strip = true;
    else if (strcmp(a, "-d") == 0 && i + 1 < argc && strcmp(argv[i + 1], "time") == 0) {
      timing_enable();
      i++;
    } else if (strcmp(a, "-d") == 0 && i + 1 < argc) o->dump = argv[++i];
    else if (strcmp(a, "-o") == 0 && i + 1 < argc) o->out = argv[++i];
    else if (segments_flag(o, a)) ;
    else {
      fprintf(stderr, "gosub: unknown flag %s\n", a);
      usage(stderr);
      exit(2);
    }
  }
  o->prog_argc = argc - i;
  o->prog_argv = argv + i;
}

static void find_exe_dir(const char *argv0) {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) buf[n] = 0;
  else if (!realpath(argv0, buf)) snprintf(buf, sizeof buf, "%s", argv0);
  char *slash = strrchr(buf, '/');
  if (slash) *slash = 0;
  snprintf(exe_dir, sizeof exe_dir, "%s", buf);
}

int main(int argc, char **argv) {
  find_exe_dir(argv[0]);
  if (argc < 2) { usage(stderr); return 2; }
  Options o = {.opt_level = 2};
  if (strcmp(argv[1], "version") == 0) {
    printf("gosub version %s (Go 1.19 subset, LLVM backend)\n", GOSUB_VERSION);
    return 0;
  } else if (strcmp(argv[1], "run") == 0) o.run = true;
  else if (strcmp(argv[1], "build") == 0) o.build = true;
  else if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "-h") == 0) { usage(stdout); return 0; }
  else if (strcmp(argv[1], "clean") == 0) {
    if (argc == 3 && strcmp(argv[2], "-cache") == 0) return cache_clean();
    fprintf(stderr, "usage: gosub clean -cache\n");
    return 2;
  }
  else { fprintf(stderr, "gosub: unknown command %s\n", argv[1]); usage(stderr); return 2; }
  parse_args(&o, argc, argv);

  Report *rep = segments_begin(&o);
  if (o.dump && strcmp(o.dump, "tokens") == 0) dump_tokens(&o);

  /* the packages, each after its imports; then the package loop */
  LoadResult lr = load_program(&o.files);
  timing_mark("parse");
  Package *root = lr.roots.data[lr.roots.len - 1];
  o.seg_name = lr.exe_name;
  if (o.dump && strcmp(o.dump, "ast") == 0) {
    for (int i = 0; i < root->files.len; i++) ast_dump(root->files.data[i], 0);
    return 0;
  }
  bool link = false;  /* a main package is named: build and link the program */
  for (int i = 0; i < lr.roots.len; i++)
    link |= ((Package *)lr.roots.data[i])->name == intern("main");
  /* -S writes the named package's IR only: its imports need no object code */
  if (o.dump || o.emit_llvm || lr.roots.len > 1) link = false;
  if (!mkdtemp(tmpdir)) die("mkdtemp: %s", strerror(errno));
  atexit(cleanup);
  if (!o.dump && !o.emit_llvm) cache_init();
  Vec objs = {0};
  for (int i = 0; i < lr.pkgs.len; i++) {
    Package *pkg = lr.pkgs.data[i];
    if (o.emit_llvm && pkg == root) {   /* -S: the named package's LLVM IR */
      front_half(pkg, &o);
      cg_needs_object(pkg);
      CgOptions cg = {.opt_level = o.opt_level, .emit_llvm = true, .strip = o.strip,
                      .out_path = o.out ? o.out : arena_printf("%s.ll", lr.exe_name)};
      if (!cg_generate(pkg, &cg) || diag_count()) fail_package(pkg);
      timing_report();
      return 0;
    }
    /* escape's -m=2 text for the report, whatever -m says: the named package's only */
    if (rep) esc_set_note_sink(pkg == root ? rep_escape_sink : NULL, rep);
    const char *obj = compile_package(pkg, &o, link, i,
                                      rep && pkg == root ? rep_placement(rep) : NULL);
    if (obj) vec_push(&objs, (void *)obj);
  }
  if (o.dump) return 0;
  if (!link) { /* non-main packages: checked and analysed */
    if (rep) fprintf(stderr, "gosub: -segments needs package main (an executable to read)\n");
    return rep ? 1 : 0;
  }

  const char *exe = o.run ? arena_printf("%s/main", tmpdir) : (o.out ? o.out : lr.exe_name);
  link_exe(&objs, exe, o.strip, !o.run);
  timing_mark("link");
  timing_report();
  if (!(o.run && o.allocs)) segments_write(&o, rep, root, exe);
  if (!o.run) return 0;
  const char *allocs_file = NULL;
  if (o.allocs) {
    /* with -segments the program writes its per-site counts to a file at exit, merged into
     * the report (runtime/allocsite.c); without, it prints them (GOSUBDEBUG=allocs=1) */
    const char *d = getenv("GOSUBDEBUG"), *sep = d && *d ? "," : "";
    if (rep) {
      allocs_file = arena_printf("%s/allocs.tsv", tmpdir);
      setenv("GOSUBDEBUG", arena_printf("%s%sallocsfile=%s", d ? d : "", sep, allocs_file), 1);
    } else {
      setenv("GOSUBDEBUG", arena_printf("%s%sallocs=1", d ? d : "", sep), 1);
    }
  }

  char **pargv = arena_alloc(sizeof(char *) * (size_t)(o.prog_argc + 2));
  pargv[0] = (char *)exe;
  for (int i = 0; i < o.prog_argc; i++) pargv[i + 1] = o.prog_argv[i];
  fflush(stdout);
  int rc = run_cmd(pargv);
  if (allocs_file && rep) {
    rep_set_allocs(rep, allocs_file);
    segments_write(&o, rep, root, exe);
  }
  return rc;
}
