/* main.c — the gosub command: parses the command line and runs the pipeline
 *
 *   source files ─ parse_file ─ sema_check ─ esc_analyze ─ cg_generate ─ cc (link) ─ run
 *
 * The whole pipeline is in compile() below; everything else here is the command line, file
 * handling and the link step (finding libgosubrt.a next to this executable or in the
 * installed libdir). */
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
#include "../parser/parser.h"
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
  const char *dump;      /* -d tokens|ast|types|esc */
  const char *out;       /* -o */
  Vec files;             /* char* */
  int prog_argc;         /* gosub run x.go -- args */
  char **prog_argv;
} Options;

static void usage(FILE *f) {
  fputs("usage: gosub run   [flags] file.go... [-- args]\n"
        "       gosub build [flags] [-o exe] file.go...\n"
        "       gosub version\n"
        "flags:\n"
        "  -m        print escape analysis decisions (like go build -gcflags=-m)\n"
        "  -m=2      also print why values escape\n"
        "  -O0, -O2  optimisation level (default -O2)\n"
        "  -S        write LLVM IR (file.ll) instead of an executable\n"
        "  -s        strip: no DWARF and no symbol table (tracebacks lose names and lines)\n"
        "  -d PHASE  debug dump: tokens, ast, types, esc\n",
        f);
}

static _Noreturn void die(const char *fmt, const char *arg) {
  fprintf(stderr, "gosub: ");
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  exit(1);
}

/* ---- reading sources ---- */

/* The name diagnostics print: gc shows files of the current directory as "./x.go". */
static const char *display_name(const char *path) {
  if (path[0] == '/' || strncmp(path, "./", 2) == 0 || strncmp(path, "../", 3) == 0)
    return intern(path);
  return intern(arena_printf("./%s", path));
}

static char *read_source(const char *path, size_t *len) {
  struct stat st;
  if (stat(path, &st) != 0) {
    fprintf(stderr, "stat %s: %s\n", path, strerror(errno));
    exit(1);
  }
  if (S_ISDIR(st.st_mode)) {
    fprintf(stderr, "gosub: %s is a directory, not a .go file\n", path);
    exit(1);
  }
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "open %s: %s\n", path, strerror(errno));
    exit(1);
  }
  StrBuf sb = {0};
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) sb_putn(&sb, buf, n);
  if (ferror(f)) {
    fprintf(stderr, "read %s: %s\n", path, strerror(errno));
    exit(1);
  }
  fclose(f);
  *len = sb.len;
  char *s = arena_alloc(sb.len + 1);
  if (sb.len) memcpy(s, sb.buf, sb.len);
  sb_free(&sb);
  return s;
}

/* ---- the pipeline ---- */

static int flush_errors(void) {
  int n = diag_flush();
  return n ? 1 : 0;
}

/* Parse, check and analyse; returns the package or exits 1 on errors. */
static Package *front_half(Options *o) {
  Package *pkg = NEW(Package);
  for (int i = 0; i < o->files.len; i++) {
    const char *path = o->files.data[i];
    size_t len;
    char *src = read_source(path, &len);
    const char *name = display_name(path);
    if (o->dump && strcmp(o->dump, "tokens") == 0) {
      lex_dump_tokens(name, src, len);
      continue;
    }
    Node *file = parse_file(name, src, len);
    if (file) vec_push(&pkg->files, file);
  }
  if (o->dump && strcmp(o->dump, "tokens") == 0) exit(flush_errors());
  /* gc stops after parsing only on syntax errors; other parser errors (bad literals, ...)
   * are reported together with the type checker's */
  if (parse_syntax_errors() && flush_errors()) exit(1);
  if (o->dump && strcmp(o->dump, "ast") == 0) {
    for (int i = 0; i < pkg->files.len; i++) ast_dump(pkg->files.data[i], 0);
    exit(0);
  }

  if (!sema_check(pkg) || diag_count()) {
    flush_errors();
    exit(1);
  }
  if (o->dump && strcmp(o->dump, "types") == 0) {
    sema_dump(pkg);
    exit(0);
  }

  esc_analyze(pkg, o->mlevel);
  diag_flush_notes();
  if (flush_errors()) exit(1);
  if (o->dump && strcmp(o->dump, "esc") == 0) exit(0);
  return pkg;
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
  pid_t pid = fork();
  if (pid < 0) die("fork: %s", strerror(errno));
  if (pid == 0) {
    execvp(argv[0], argv);
    fprintf(stderr, "gosub: cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  int st;
  while (waitpid(pid, &st, 0) < 0)
    if (errno != EINTR) die("waitpid: %s", strerror(errno));
  if (WIFEXITED(st)) return WEXITSTATUS(st);
  return 128 + WTERMSIG(st);
}

static void link_exe(const char *obj, const char *exe, bool strip) {
  const char *cc = getenv("CC");
  if (!cc || !*cc) cc = "cc";
  char *argv[10] = {(char *)cc, "-o", (char *)exe, (char *)obj, (char *)find_runtime(),
                    "-lpthread", "-lm"};
  int n = 7;
  if (strip) argv[n++] = "-s";
  if (GOSUB_LINKFLAGS[0]) argv[n++] = GOSUB_LINKFLAGS;
  argv[n] = NULL;
  if (run_cmd(argv) != 0) {
    fprintf(stderr, "gosub: link failed\n");
    exit(1);
  }
}

static char tmpdir[] = "/tmp/gosub-XXXXXX";
static void cleanup(void) {
  if (strcmp(tmpdir, "/tmp/gosub-XXXXXX") == 0) return;
  char *argv[] = {"rm", "-rf", tmpdir, NULL};
  run_cmd(argv);
}

static const char *base_name(const char *path, const char *newext) {
  const char *b = strrchr(path, '/');
  b = b ? b + 1 : path;
  size_t n = strlen(b);
  if (n > 3 && strcmp(b + n - 3, ".go") == 0) n -= 3;
  return arena_printf("%.*s%s", (int)n, b, newext);
}

/* ---- command line ---- */

static void parse_args(Options *o, int argc, char **argv) {
  int i = 2;
  for (; i < argc; i++) {
    char *a = argv[i];
    if (strcmp(a, "--") == 0) { i++; break; }
    if (a[0] != '-' || a[1] == 0) {
      if (o->run && o->files.len > 0 && !strstr(a, ".go")) break; /* program arguments */
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
    else if (strcmp(a, "-d") == 0 && i + 1 < argc) o->dump = argv[++i];
    else if (strcmp(a, "-o") == 0 && i + 1 < argc) o->out = argv[++i];
    else {
      fprintf(stderr, "gosub: unknown flag %s\n", a);
      usage(stderr);
      exit(2);
    }
  }
  o->prog_argc = argc - i;
  o->prog_argv = argv + i;
  if (o->files.len == 0) {
    fprintf(stderr, "gosub: no .go files given\n");
    usage(stderr);
    exit(2);
  }
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
  else { fprintf(stderr, "gosub: unknown command %s\n", argv[1]); usage(stderr); return 2; }
  parse_args(&o, argc, argv);

  Package *pkg = front_half(&o);
  if (!pkg->main && !o.emit_llvm) return 0; /* a non-main package: checked and analysed */

  if (!mkdtemp(tmpdir)) die("mkdtemp: %s", strerror(errno));
  atexit(cleanup);
  CgOptions cg = {.opt_level = o.opt_level, .emit_llvm = o.emit_llvm, .strip = o.strip};
  const char *first = o.files.data[0];
  if (o.emit_llvm) cg.out_path = o.out ? o.out : base_name(first, ".ll");
  else cg.out_path = arena_printf("%s/main.o", tmpdir);
  if (!cg_generate(pkg, &cg) || diag_count()) {
    flush_errors();
    return 1;
  }
  if (o.emit_llvm) return 0;

  const char *exe = o.run ? arena_printf("%s/main", tmpdir)
                          : (o.out ? o.out : base_name(first, ""));
  link_exe(cg.out_path, exe, o.strip);
  if (!o.run) return 0;

  char **pargv = arena_alloc(sizeof(char *) * (size_t)(o.prog_argc + 2));
  pargv[0] = (char *)exe;
  for (int i = 0; i < o.prog_argc; i++) pargv[i + 1] = o.prog_argv[i];
  fflush(stdout);
  return run_cmd(pargv);
}
