/* load_int.h — the loader's private interface between its files: paths.c (paths and
 * directories as cmd/go handles them), buildtags.c (which files belong to the build),
 * load.c (command line, go.mod, import resolution, dependency order). */
#ifndef GOSUB_LOAD_INT_H
#define GOSUB_LOAD_INT_H

#include <stdio.h>

#include "load.h"

/* ---- paths.c ---- */
const char *load_cwd(void);                 /* the current directory, clean and absolute */
const char *load_clean(const char *abs);    /* filepath.Clean of an absolute path */
const char *load_abs(const char *p);        /* absolute and clean */
const char *load_short_path(const char *abs); /* base.ShortPath: relative if shorter */
bool load_is_dir(const char *p);
int load_list_go_files(const char *dir, Vec *out); /* sorted names; -1 if unreadable */
char *load_read_file(const char *path, size_t *len); /* NUL-terminated, NULL on error */

/* ---- load.c ---- */
const char *load_goroot_src(void);          /* Go's source tree, e.g. /usr/share/go-1.19/src */

/* ---- buildtags.c ---- */
bool load_file_wanted(const char *name);    /* not _x.go, .x.go nor x_test.go */
typedef enum BuildTarget {
  BT_HOST,     /* the machine, as go build sees it (linux/amd64, gc) */
  BT_STD,      /* Go's standard library: no architecture, so no assembly */
  BT_STD_ASM,  /* a standard package whose assembly gosub's runtime supplies (math) */
} BuildTarget;
const char *load_host_arch(void);           /* "amd64", "arm64" */
/* name and header constraints for that target */
bool load_file_matches(const char *name, const char *src, size_t len, BuildTarget target);

#endif
