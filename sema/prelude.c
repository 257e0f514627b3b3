/* prelude.c — the standard library as gosub knows it: the sema/prelude/ files are embedded
 * at build time (embed.c), parsed with parse_file and checked as packages of their own when a
 * program imports them. Object->pkg is the import path; body-less functions are external (the
 * runtime implements them). Imports of other standard packages are refused with a clear
 * message; paths that are not in Go at all get gc's wording.
 *
 * Writing a prelude file, two traps: a package variable WITHOUT an initializer is the
 * runtime's C object (os.Args is os_Args in runtime/os.c): give a Go variable an initializer
 * (`var once sync.Once = sync.Once{}`); and a prelude file cannot declare func init (its
 * symbol clashes with the package's initializer): initialise through a variable's
 * initializer instead. A package may span several embedded files: its first file names the
 * others with `//gosub:file NAME.go` lines (load/load.c's own_package). */
#include "sema_int.h"
#include "../parser/parser.h"

#include <string.h>

extern const struct { const char *name; const char *src; size_t len; } sema_prelude_files[];

static const char *const std_paths[] = {
    "archive/tar",
    "archive/zip",
    "bufio",
    "bytes",
    "compress/bzip2",
    "compress/flate",
    "compress/gzip",
    "compress/lzw",
    "compress/zlib",
    "container/heap",
    "container/list",
    "container/ring",
    "context",
    "crypto",
    "crypto/aes",
    "crypto/cipher",
    "crypto/des",
    "crypto/dsa",
    "crypto/ecdsa",
    "crypto/ed25519",
    "crypto/elliptic",
    "crypto/hmac",
    "crypto/md5",
    "crypto/rand",
    "crypto/rc4",
    "crypto/rsa",
    "crypto/sha1",
    "crypto/sha256",
    "crypto/sha512",
    "crypto/subtle",
    "crypto/tls",
    "crypto/x509",
    "crypto/x509/pkix",
    "database/sql",
    "database/sql/driver",
    "debug/buildinfo",
    "debug/dwarf",
    "debug/elf",
    "debug/gosym",
    "debug/macho",
    "debug/pe",
    "debug/plan9obj",
    "embed",
    "encoding",
    "encoding/ascii85",
    "encoding/asn1",
    "encoding/base32",
    "encoding/base64",
    "encoding/binary",
    "encoding/csv",
    "encoding/gob",
    "encoding/hex",
    "encoding/json",
    "encoding/pem",
    "encoding/xml",
    "errors",
    "expvar",
    "flag",
    "fmt",
    "go/ast",
    "go/build",
    "go/build/constraint",
    "go/constant",
    "go/doc",
    "go/doc/comment",
    "go/format",
    "go/importer",
    "go/parser",
    "go/printer",
    "go/scanner",
    "go/token",
    "go/types",
    "hash",
    "hash/adler32",
    "hash/crc32",
    "hash/crc64",
    "hash/fnv",
    "hash/maphash",
    "html",
    "html/template",
    "image",
    "image/color",
    "image/color/palette",
    "image/draw",
    "image/gif",
    "image/jpeg",
    "image/png",
    "index/suffixarray",
    "io",
    "io/fs",
    "io/ioutil",
    "log",
    "log/syslog",
    "math",
    "math/big",
    "math/bits",
    "math/cmplx",
    "math/rand",
    "mime",
    "mime/multipart",
    "mime/quotedprintable",
    "net",
    "net/http",
    "net/http/cgi",
    "net/http/cookiejar",
    "net/http/fcgi",
    "net/http/httptest",
    "net/http/httptrace",
    "net/http/httputil",
    "net/http/pprof",
    "net/mail",
    "net/netip",
    "net/rpc",
    "net/rpc/jsonrpc",
    "net/smtp",
    "net/textproto",
    "net/url",
    "os",
    "os/exec",
    "os/signal",
    "os/user",
    "path",
    "path/filepath",
    "plugin",
    "reflect",
    "regexp",
    "regexp/syntax",
    "runtime",
    "runtime/cgo",
    "runtime/debug",
    "runtime/metrics",
    "runtime/pprof",
    "runtime/race",
    "runtime/trace",
    "sort",
    "strconv",
    "strings",
    "sync",
    "sync/atomic",
    "syscall",
    "testing",
    "testing/fstest",
    "testing/iotest",
    "testing/quick",
    "text/scanner",
    "text/tabwriter",
    "text/template",
    "text/template/parse",
    "time",
    "time/tzdata",
    "unicode",
    "unicode/utf16",
    "unicode/utf8",
    "unsafe",
    NULL,
};

bool std_package_exists(const char *path) {
  for (int i = 0; std_paths[i]; i++)
    if (strcmp(std_paths[i], path) == 0) return true;
  return false;
}

/* import path → prelude file name */
static const char *file_for(const char *path) {
  if (strcmp(path, "unicode/utf8") == 0) return "utf8.go";
  if (strcmp(path, "sync/atomic") == 0) return "atomic.go";
  if (strcmp(path, "utf8") == 0 || strcmp(path, "atomic") == 0) return NULL;
  /* internal/cpu → internal_cpu.go */
  char *f = arena_printf("%s.go", path);
  for (char *p = f; *p; p++)
    if (*p == '/') *p = '_';
  return f;
}

const char *sema_prelude_source(const char *path, size_t *len, const char **filename) {
  return prelude_source(path, len, filename);
}

const char *sema_prelude_file(const char *name, size_t *len) {
  for (int i = 0; sema_prelude_files[i].name; i++) {
    if (strcmp(sema_prelude_files[i].name, name) == 0) {
      *len = sema_prelude_files[i].len;
      return sema_prelude_files[i].src;
    }
  }
  return NULL;
}

/* does the package clause of src name the last element of path? (a package's further file,
 * time_format.go, is not a package "time/format" or "time_format" of its own) */
static bool names_package(const char *src, const char *path) {
  const char *last = strrchr(path, '/');
  last = last ? last + 1 : path;
  for (const char *l = src; l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
    if (strncmp(l, "package ", 8)) continue;
    size_t n = strlen(last);
    return strncmp(l + 8, last, n) == 0 && (l[8 + n] == '\n' || l[8 + n] == ' ' || l[8 + n] == '\r');
  }
  return false;
}

const char *prelude_source(const char *path, size_t *len, const char **filename) {
  const char *f = file_for(path);
  if (!f) return NULL;
  const char *src = sema_prelude_file(f, len);
  if (!src || !names_package(src, path)) return NULL;
  *filename = arena_printf("$GOROOT/src/%s/%s", path, f);
  return src;
}

static Vec loaded; /* Checker* of imported packages */


/* A package checked by sema_check becomes importable by the packages checked after it. */
void sema_register(Checker *c) { vec_push(&loaded, c); }

/* Package unsafe: the type Pointer (conversions to and from pointers and uintptr are the
 * spec's rules in lookup.c) and the builtins Sizeof, Alignof and Offsetof (call.c). The
 * Go 1.17 functions Add and Slice are not supported: "undefined: unsafe.Add". */
static Checker *unsafe_package(const char *path) {
  Checker *c = NEW(Checker);
  c->path = path;
  c->name = intern("unsafe");
  c->is_prelude = true;
  c->pkg = NEW(Package);
  c->pkg->path = path;
  c->pkg->name = c->name;
  c->scope = scope_new(universe, SC_PACKAGE);
  Object *o = obj_new(OBJ_TYPE, intern("Pointer"), (Pos){0}, ty_unsafeptr);
  o->pkg = path;
  scope_insert(c->scope, o);
  static const struct { const char *name; Builtin id; } fns[] = {
      {"Sizeof", BI_SIZEOF}, {"Alignof", BI_ALIGNOF}, {"Offsetof", BI_OFFSETOF}};
  for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
    Object *b = obj_new(OBJ_BUILTIN, intern(fns[i].name), (Pos){0}, ty_invalid);
    b->builtin = fns[i].id;
    b->pkg = path;
    SX(b)->state = RS_DONE;
    scope_insert(c->scope, b);
  }
  vec_push(&loaded, c);
  return c;
}

static Vec unsupported_paths, unsupported_whys;

void sema_unsupported(const char *path, const char *why) {
  vec_push(&unsupported_paths, (void *)intern(path));
  vec_push(&unsupported_whys, (void *)why);
}

const char *sema_unsupported_reason(const char *path);
const char *sema_unsupported_reason(const char *path) {
  path = intern(path);
  for (int i = 0; i < unsupported_paths.len; i++)
    if (unsupported_paths.data[i] == path) return unsupported_whys.data[i];
  return NULL;
}

static const char *unsupported_why(const char *path) {
  for (int i = 0; i < unsupported_paths.len; i++)
    if (unsupported_paths.data[i] == path) return unsupported_whys.data[i];
  return NULL;
}

Checker *import_package(const char *path, Pos pos) {
  path = intern(path);
  for (int i = 0; i < loaded.len; i++) {
    Checker *c = loaded.data[i];
    if (c->path == path) return c;
  }
  if (strcmp(path, "unsafe") == 0) return unsafe_package(path);
  size_t len;
  const char *fname;
  const char *src = prelude_source(path, &len, &fname);
  if (!src) {
    const char *why = unsupported_why(path);
    if (why)
      diag_error(pos, "package %s is not supported by gosub: %s", path, why);
    else if (std_package_exists(path))
      diag_error(pos, "package %s is not supported by gosub", path);
    else
      diag_error(pos, "package %s is not in GOROOT (/usr/lib/go-1.19/src/%s)", path, path);
    return NULL;
  }
  int before = diag_count();
  Node *file = parse_file(intern(fname), src, len);
  if (!file || diag_count() != before) fatal("prelude %s does not parse", fname);
  Checker *c = NEW(Checker);
  c->path = path;
  c->name = file->file.pkgname->ident.name;
  c->is_prelude = true;
  c->pkg = NEW(Package);
  c->pkg->path = path;
  c->pkg->name = c->name;
  vec_push(&c->pkg->files, file);
  c->scope = scope_new(universe, SC_PACKAGE);
  vec_push(&loaded, c);
  Checker *saved = chk;
  chk = c;
  collect_decls(c, &c->pkg->files);
  check_package_bodies(c);
  chk = saved;
  return c;
}
