/* load.h — the package loader: from the command line to the list of packages to compile, in
 * dependency order (every package after the packages it imports), each with its files read
 * and parsed. This is what `go build` does before it runs the compiler (cmd/go's load
 * package): find go.mod, resolve each import path to a directory, choose the files of each
 * directory by build constraints, and refuse what cannot be built with go's own messages.
 *
 * Where an import path leads:
 *   "unsafe"                       sema's built-in package (no Package)
 *   a gosub prelude package        sema's embedded declarations, bodies in the runtime
 *   the module path or below it    a directory of the module (PKG_LOCAL)
 *   anything else                  an error in go's words: `package x/y is not in GOROOT (...)`,
 *                                  `no required module provides package a.b/c; to add it: ...`
 *
 * Example: in /tmp/m with go.mod `module ex.com/m`, `gosub build .` where main.go imports
 * "ex.com/m/util" and util imports "fmt" gives [ex.com/m/util (PKG_LOCAL, dir /tmp/m/util,
 * files shown as util/u.go), main (PKG_LOCAL, cmdline, files shown as ./main.go)]. */
#ifndef GOSUB_LOAD_H
#define GOSUB_LOAD_H

#include "../sema/sema.h"

typedef struct LoadResult {
  Vec pkgs;             /* Package*, dependency order; the command-line packages are last */
  Vec roots;            /* Package* named on the command line */
  const char *exe_name; /* go build's default output name: first file's base, or the last
                           element of the main package's import path */
} LoadResult;

/* Loads the packages named by args (files, directories, or import paths; empty means ".").
 * Prints go's messages and exits 1 on errors (missing packages, import cycles, syntax
 * errors — each package's syntax errors under its `# path` header like go build). */
LoadResult load_program(Vec *args);

/* For harnesses that parse one package themselves (unit tests, fuzzers): the packages it
 * imports, directly or not, loaded and ordered imports-first, to be type-checked (and
 * analysed) before it — except those already checked (Package.sema set). Load errors are
 * reported as diagnostics. */
Vec load_imports(Package *pkg);

/* The name a diagnostic shows for file `base` in absolute directory `dir`, as go build
 * prints it: ./x.go in the current directory, util/x.go below it, otherwise the shorter of
 * the relative and the absolute path. */
const char *load_display_name(const char *dir, const char *base);

#endif
