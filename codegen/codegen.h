/* codegen.h — code generation: a type-checked, escape-analysed package to LLVM IR, optimised
 * and written as LLVM assembly (-S) or an object file; the driver links objects with cc. */
#ifndef GOSUB_CODEGEN_H
#define GOSUB_CODEGEN_H

#include "../sema/sema.h"

/* What code generation put where, for the segments report (report/). Filled only when
 * CgOptions.placement is set; arena memory. */
typedef struct CgFuncPlace {
  Node *decl;             /* N_FUNCDECL or N_FUNCLIT */
  const char *symbol;     /* its symbol in the object file */
  int64_t frame;          /* stack frame size as LLVM laid it out (-1: none reported: 0 B) */
} CgFuncPlace;
typedef struct CgAllocPlace {
  Pos pos;                /* where -m reports it (esc_site_pos), or the variable's position */
  const char *what;       /* the variable's name or the expression, as allocs=1 prints it */
  Type *type;             /* what is allocated (a boxed value: its own type) */
  bool forced;            /* a go/defer statement's argument: kept in its record on the heap */
} CgAllocPlace;
typedef struct CgPlacement {
  Vec funcs;              /* CgFuncPlace*: every Go function generated, in generation order */
  Vec allocs;             /* CgAllocPlace*: every heap allocation site codegen emitted */
  Vec globals;            /* Object*: package variables, parallel to global_symbols */
  Vec global_symbols;     /* const char*: their symbols */
} CgPlacement;

typedef struct CgOptions {
  int opt_level;          /* 0 or 2 */
  const char *out_path;   /* object file or .ll path */
  bool emit_llvm;         /* -S: write textual IR instead of an object */
  bool verify;            /* run LLVMVerifyModule (always on in debug builds) */
  bool strip;             /* -s: no debug information (debuginfo.c) */
  CgPlacement *placement; /* if set: record functions, frame sizes, globals (segments report) */
} CgOptions;

/* Returns false (with a diag_error or a message on stderr) if generation failed. */
bool cg_generate(Package *pkg, const CgOptions *opt);

/* Does the package need an object of its own (functions, variables, or imports to
 * initialize)? Sets pkg->has_object; its imports must have been asked before. */
bool cg_needs_object(Package *pkg);

#endif
