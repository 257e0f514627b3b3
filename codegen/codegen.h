/* codegen.h — code generation: a type-checked, escape-analysed package to LLVM IR, optimised
 * and written as LLVM assembly (-S) or an object file; the driver links objects with cc. */
#ifndef GOSUB_CODEGEN_H
#define GOSUB_CODEGEN_H

#include "../sema/sema.h"

typedef struct CgOptions {
  int opt_level;          /* 0 or 2 */
  const char *out_path;   /* object file or .ll path */
  bool emit_llvm;         /* -S: write textual IR instead of an object */
  bool verify;            /* run LLVMVerifyModule (always on in debug builds) */
  bool strip;             /* -s: no debug information (debuginfo.c) */
} CgOptions;

/* Returns false (with a diag_error or a message on stderr) if generation failed. */
bool cg_generate(Package *pkg, const CgOptions *opt);

/* Does the package need an object of its own (functions, variables, or imports to
 * initialize)? Sets pkg->has_object; its imports must have been asked before. */
bool cg_needs_object(Package *pkg);

#endif
