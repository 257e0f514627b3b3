/* paths.c — file-system paths as cmd/go handles them: absolute and cleaned (filepath.Clean),
 * relative to the current directory (filepath.Rel), the shorter of the two (base.ShortPath),
 * and the directory listing of a package. Every result is an arena string. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load_int.h"

static const char *cwd;

const char *load_cwd(void) {
  if (!cwd) {
    char buf[PATH_MAX];
    const char *pwd = getenv("PWD");
    struct stat a, b;
    /* like os.Getwd: $PWD when it names the current directory (keeps symlinked paths) */
    if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 &&
        a.st_dev == b.st_dev && a.st_ino == b.st_ino)
      cwd = load_clean(pwd);
    else
      cwd = load_clean(getcwd(buf, sizeof buf) ? buf : "/");
  }
  return cwd;
}

/* filepath.Clean of an absolute path: no "//", ".", ".." or trailing '/' */
const char *load_clean(const char *p) {
  size_t n = strlen(p);
  char *out = arena_alloc(n + 2);
  size_t o = 0;
  out[o++] = '/';
  for (size_t i = 0; i < n;) {
    while (i < n && p[i] == '/') i++;
    size_t j = i;
    while (j < n && p[j] != '/') j++;
    size_t len = j - i;
    if (len == 0) break;
    if (len == 1 && p[i] == '.') {
    } else if (len == 2 && p[i] == '.' && p[i + 1] == '.') {
      while (o > 1 && out[o - 1] != '/') o--;
      if (o > 1) o--;
    } else {
      if (o > 1) out[o++] = '/';
      memcpy(out + o, p + i, len);
      o += len;
    }
    i = j;
  }
  out[o] = 0;
  return out;
}

const char *load_abs(const char *p) {
  if (p[0] == '/') return load_clean(p);
  return load_clean(arena_printf("%s/%s", load_cwd(), p));
}

/* the components of a clean absolute path ("/a/b" → a, b) */
static int split(const char *p, const char **parts, int max) {
  int n = 0;
  for (const char *s = p; *s && n < max;) {
    while (*s == '/') s++;
    if (!*s) break;
    const char *e = strchr(s, '/');
    size_t len = e ? (size_t)(e - s) : strlen(s);
    parts[n++] = arena_strndup(s, len);
    s += len;
  }
  return n;
}

/* filepath.Rel(base, target) for clean absolute paths */
static const char *rel(const char *base, const char *target) {
  const char *b[256], *t[256];
  int nb = split(base, b, 256), nt = split(target, t, 256), k = 0;
  while (k < nb && k < nt && !strcmp(b[k], t[k])) k++;
  StrBuf sb = {0};
  for (int i = k; i < nb; i++) sb_puts(&sb, sb.len ? "/.." : "..");
  for (int i = k; i < nt; i++) {
    if (sb.len) sb_putc(&sb, '/');
    sb_puts(&sb, t[i]);
  }
  const char *r = sb.len ? sb_arena(&sb) : ".";
  sb_free(&sb);
  return r;
}

const char *load_short_path(const char *abs) {
  const char *r = rel(load_cwd(), abs);
  return strlen(r) < strlen(abs) ? r : abs;
}

const char *load_display_name(const char *dir, const char *base) {
  const char *d = load_short_path(dir);
  return intern(arena_printf("%s/%s", d, base));
}

bool load_is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* the names of the .go files of dir, sorted (as go lists them); -1 if dir cannot be read */
int load_list_go_files(const char *dir, Vec *out) {
  DIR *d = opendir(dir);
  if (!d) return -1;
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t n = strlen(e->d_name);
    if (n < 4 || strcmp(e->d_name + n - 3, ".go")) continue;
    const char *full = arena_printf("%s/%s", dir, e->d_name);
    struct stat st;
    if (stat(full, &st) != 0 || !S_ISREG(st.st_mode)) continue;
    vec_push(out, arena_strdup(e->d_name));
  }
  closedir(d);
  if (out->len > 1) qsort(out->data, (size_t)out->len, sizeof(void *), cmp_str);
  return 0;
}

char *load_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  StrBuf sb = {0};
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) sb_putn(&sb, buf, n);
  bool bad = ferror(f);
  fclose(f);
  if (bad) {
    sb_free(&sb);
    return NULL;
  }
  *len = sb.len;
  char *s = arena_alloc(sb.len + 1);
  if (sb.len) memcpy(s, sb.buf, sb.len);
  sb_free(&sb);
  return s;
}
