/* cache.c — the build cache: what compiling a package produced, kept under a key of
 * everything that went into it, so that the next build takes it instead of compiling again
 * (go build's GOCACHE). An entry is two files, named by the key in hex under a directory
 * of its first two digits:
 *
 *     $GOSUBCACHE/3f/3fa2…e1.o   the package's object (absent when it needs none)
 *     $GOSUBCACHE/3f/3fa2…e1.e   "gosub-cache 1 object=0|1", its escape summaries
 *                                (escape/export.c), which its importers' analysis needs,
 *                                then "--" and the declarations of Go's library source
 *                                gosub left out (sema/export.c)
 *
 * The key (SHA-256) covers: gosub itself (the content of its executable, which also holds
 * gosub's own packages), the options that change code (-O, -s), the package's import path
 * and origin, the names and contents of its files, and the keys of its imports — so a
 * change anywhere below a package invalidates it. What importers need besides summaries —
 * types, constants, signatures — sema recomputes from the package's source, declarations
 * only (Package.decls_only), which is fast next to code generation.
 *
 * The cache also remembers the programs it linked, so that building again an executable that
 * is up to date does not link it again (go build's up-to-date check of its target):
 *
 *     $GOSUBCACHE/7c/7c01…9a.l   "LINKKEY DEV INO SIZE MTIME CTIME": the executable at the
 *                                absolute path whose hash names the file was linked from
 *                                inputs of key LINKKEY and then had that inode and stamps
 *
 * LINKKEY covers gosub itself, the objects (cache entries, so named by their keys, in link
 * order), the runtime library's path and stamps, the link options and $CC. The executable is
 * taken as it is only when both the key and the stamps match: a file written since by anyone
 * else (another linker, cp, touch, chmod) has another inode or ctime and is linked again.
 *
 * Entries are written under a temporary name and renamed: concurrent builds (the test suite
 * runs several) see whole entries or none. The directory: $GOSUBCACHE, else
 * $XDG_CACHE_HOME/gosub, else ~/.cache/gosub; GOSUBCACHE=off disables the cache. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"

static const char *dir;         /* NULL: no cache */
static uint8_t gosub_id[32];

static const char *default_dir(void) {
  const char *env = getenv("GOSUBCACHE");
  if (env && !strcmp(env, "off")) return NULL;
  if (env && *env) return env;
  const char *xdg = getenv("XDG_CACHE_HOME");
  if (xdg && *xdg) return arena_printf("%s/gosub", xdg);
  const char *home = getenv("HOME");
  if (home && *home) return arena_printf("%s/.cache/gosub", home);
  return NULL;
}

static bool mkdir_p(const char *path) {
  char *p = arena_strdup(path);
  for (char *s = p + 1; *s; s++) {
    if (*s != '/') continue;
    *s = 0;
    if (mkdir(p, 0777) != 0 && errno != EEXIST) return false;
    *s = '/';
  }
  return mkdir(p, 0777) == 0 || errno == EEXIST;
}

static bool hash_file(const char *path, uint8_t out[32]) {
  FILE *f = fopen(path, "rb");
  if (!f) return false;
  Sha256 c;
  sha256_init(&c);
  static char buf[1 << 16];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) sha256_update(&c, buf, n);
  fclose(f);
  sha256_final(&c, out);
  return true;
}

const char *cache_dir(void) { return default_dir(); }

/* gosub's identity: the hash of its executable, remembered in the cache beside the file's
 * device, inode, size and modification time, so that it is computed once per build of gosub
 * rather than at every run */
static bool identify_gosub(void) {
  struct stat st;
  if (stat("/proc/self/exe", &st) != 0) return false;
  const char *idfile = arena_printf("%s/gosub-id", dir);
  char stamp[128];
  snprintf(stamp, sizeof stamp, "%llu %llu %lld %lld %ld ", (unsigned long long)st.st_dev,
           (unsigned long long)st.st_ino, (long long)st.st_size, (long long)st.st_mtim.tv_sec,
           st.st_mtim.tv_nsec);
  FILE *f = fopen(idfile, "r");
  if (f) {
    char line[256];
    bool ok = fgets(line, sizeof line, f) && !strncmp(line, stamp, strlen(stamp));
    fclose(f);
    const char *hex = line + strlen(stamp);
    for (int i = 0; ok && i < 32; i++) {
      unsigned v;
      if (sscanf(hex + 2 * i, "%2x", &v) != 1) ok = false;
      gosub_id[i] = (uint8_t)v;
    }
    if (ok) return true;
  }
  if (!hash_file("/proc/self/exe", gosub_id)) return false;
  const char *tmp = arena_printf("%s.tmp%d", idfile, (int)getpid());
  f = fopen(tmp, "w");
  if (f) {
    fputs(stamp, f);
    for (int i = 0; i < 32; i++) fprintf(f, "%02x", gosub_id[i]);
    fputc('\n', f);
    if (fclose(f) != 0 || rename(tmp, idfile) != 0) unlink(tmp);
  }
  return true;
}

void cache_init(void) {
  dir = default_dir();
  if (!dir) return;
  if (!mkdir_p(dir) || !identify_gosub()) dir = NULL;
}

bool cache_enabled(void) { return dir != NULL; }

void cache_key(Package *p, int opt_level, bool strip) {
  Sha256 c;
  sha256_init(&c);
  static const char version[] = "gosub-cache 1";
  sha256_update(&c, version, sizeof version);
  sha256_update(&c, gosub_id, sizeof gosub_id);
  uint8_t opts[3] = {(uint8_t)opt_level, strip, (uint8_t)p->origin};
  sha256_update(&c, opts, sizeof opts);
  sha256_update(&c, p->path ? p->path : "", strlen(p->path ? p->path : "") + 1);
  sha256_update(&c, p->srchash, sizeof p->srchash);
  for (int i = 0; i < p->imports.len; i++) {
    Package *q = p->imports.data[i];
    sha256_update(&c, q->key, sizeof q->key);
  }
  sha256_final(&c, p->key);
}

static const char *entry_path(Package *p, const char *ext) {
  char hex[65];
  for (int i = 0; i < 32; i++) snprintf(hex + 2 * i, 3, "%02x", p->key[i]);
  return arena_printf("%s/%.2s/%s%s", dir, hex, hex, ext);
}

static char *read_all(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  StrBuf sb = {0};
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) sb_putn(&sb, buf, n);
  fclose(f);
  char *r = sb_arena(&sb);
  sb_free(&sb);
  return r;
}

bool cache_lookup(Package *p, CacheEntry *e) {
  if (!dir) return false;
  char *meta = read_all(entry_path(p, ".e"));
  if (!meta) return false;
  int object = -1;
  if (sscanf(meta, "gosub-cache 1 object=%d", &object) != 1 || (object != 0 && object != 1))
    return false;
  char *nl = strchr(meta, '\n');
  e->escape = nl ? nl + 1 : "";
  char *sep = strstr(meta, "\n--\n");
  e->unavail = "";
  if (sep) {
    sep[1] = 0;
    e->unavail = sep + 4;
  }
  e->has_object = object;
  e->object = NULL;
  if (object) {
    e->object = entry_path(p, ".o");
    if (access(e->object, R_OK) != 0) return false;
  }
  return true;
}

const char *cache_object_path(Package *p) {
  if (!dir) return NULL;
  const char *final = entry_path(p, ".o");
  const char *slash = strrchr(final, '/');
  if (!mkdir_p(arena_strndup(final, (size_t)(slash - final)))) return NULL;
  return arena_printf("%s.tmp%d", final, (int)getpid());
}

const char *cache_store(Package *p, const char *tmp_object, const char *escape,
                        const char *unavail) {
  if (!dir) return tmp_object;
  const char *final_o = entry_path(p, ".o"), *final_e = entry_path(p, ".e");
  const char *slash = strrchr(final_e, '/');
  if (!mkdir_p(arena_strndup(final_e, (size_t)(slash - final_e)))) return tmp_object;
  if (tmp_object) {
    if (rename(tmp_object, final_o) != 0) return tmp_object;
    tmp_object = final_o;
  }
  const char *tmp_e = arena_printf("%s.tmp%d", final_e, (int)getpid());
  FILE *f = fopen(tmp_e, "wb");
  if (!f) return tmp_object;
  fprintf(f, "gosub-cache 1 object=%d\n%s--\n%s", tmp_object != NULL, escape, unavail);
  if (fclose(f) != 0 || rename(tmp_e, final_e) != 0) unlink(tmp_e);
  return tmp_object;
}

/* ---- linked programs ---- */

static void hex32(const uint8_t k[32], char hex[65]) {
  for (int i = 0; i < 32; i++) snprintf(hex + 2 * i, 3, "%02x", k[i]);
}

static void put_str(Sha256 *c, const char *s) {
  s = s ? s : "";
  sha256_update(c, s, strlen(s) + 1);
}

/* a regular file's identity and stamps (NULL for anything else: /dev/null is no program) */
static const char *stat_stamp(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) return NULL;
  return arena_printf("%llu %llu %lld %lld.%09ld %lld.%09ld", (unsigned long long)st.st_dev,
                      (unsigned long long)st.st_ino, (long long)st.st_size,
                      (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
                      (long long)st.st_ctim.tv_sec, st.st_ctim.tv_nsec);
}

/* an object of an entry, not a temporary: DIR/xx/<64 hex digits>.o */
static bool is_entry_object(const char *path) {
  size_t n = strlen(dir), len = strlen(path);
  return !strncmp(path, dir, n) && len == n + 4 + 64 + 2 && path[n] == '/' &&
         path[n + 3] == '/' && !strcmp(path + len - 2, ".o");
}

bool cache_link_key(const Vec *objs, const char *runtime, const char *options, uint8_t key[32]) {
  if (!dir) return false;
  for (int i = 0; i < objs->len; i++)
    if (!is_entry_object(objs->data[i])) return false;
  Sha256 c;
  sha256_init(&c);
  put_str(&c, "gosub-link 1");
  sha256_update(&c, gosub_id, sizeof gosub_id);
  for (int i = 0; i < objs->len; i++) put_str(&c, objs->data[i]);
  put_str(&c, runtime);
  put_str(&c, stat_stamp(runtime));
  put_str(&c, options);
  sha256_final(&c, key);
  return true;
}

/* the record of the executable at exe (made absolute), NULL without a cache */
static const char *link_record(const char *exe) {
  if (!dir) return NULL;
  char cwd[PATH_MAX];
  if (exe[0] != '/') {
    if (!getcwd(cwd, sizeof cwd)) return NULL;
    exe = arena_printf("%s/%s", cwd, exe);
  }
  Sha256 c;
  uint8_t h[32];
  char hex[65];
  sha256_init(&c);
  put_str(&c, "gosub-exe 1");
  put_str(&c, exe);
  sha256_final(&c, h);
  hex32(h, hex);
  return arena_printf("%s/%.2s/%s.l", dir, hex, hex);
}

bool cache_link_uptodate(const char *exe, const uint8_t key[32]) {
  const char *rec = link_record(exe), *stamp = stat_stamp(exe);
  if (!rec || !stamp) return false;
  char *text = read_all(rec);
  if (!text) return false;
  char hex[65];
  hex32(key, hex);
  return strcmp(text, arena_printf("%s %s\n", hex, stamp)) == 0;
}

void cache_link_done(const char *exe, const uint8_t key[32]) {
  const char *rec = link_record(exe), *stamp = stat_stamp(exe);
  if (!rec || !stamp) return;
  const char *slash = strrchr(rec, '/');
  if (!mkdir_p(arena_strndup(rec, (size_t)(slash - rec)))) return;
  const char *tmp = arena_printf("%s.tmp%d", rec, (int)getpid());
  FILE *f = fopen(tmp, "wb");
  if (!f) return;
  char hex[65];
  hex32(key, hex);
  fprintf(f, "%s %s\n", hex, stamp);
  if (fclose(f) != 0 || rename(tmp, rec) != 0) unlink(tmp);
}

int cache_clean(void) {
  const char *d = default_dir();
  if (!d) return 0;
  DIR *top = opendir(d);
  if (!top) return 0;
  struct dirent *e;
  int bad = 0;
  while ((e = readdir(top))) {
    if (strlen(e->d_name) != 2) continue;
    const char *sub = arena_printf("%s/%s", d, e->d_name);
    DIR *s = opendir(sub);
    if (!s) continue;
    struct dirent *f;
    while ((f = readdir(s)))
      if (f->d_name[0] != '.' && unlink(arena_printf("%s/%s", sub, f->d_name)) != 0) bad = 1;
    closedir(s);
    if (rmdir(sub) != 0) bad = 1;
  }
  closedir(top);
  return bad;
}
