/* split.c — a big package's module optimised and emitted in parts, one process per part,
 * on as many cores as the machine has; the parts' objects are merged into the package's
 * object with `ld -r`.
 *
 * LLVM's time is close to linear in the module's size and single-threaded: the 8,000-line
 * program of bench/run spends 2 s in the -O2 pipeline and 2.5 s in instruction selection
 * and register allocation on one core while the other sits idle (go build uses both). So,
 * when a module has at least SPLIT_MIN instructions per part, the finished IR (before
 * optimisation) is divided:
 *
 *   - every defined function that LLVM would not inline (marked noinline by the inline
 *     budget of optimise.c, or not internal) belongs to one part: consecutive functions in
 *     generation order (source order, closures next to their parents) until the part has
 *     its share of instructions, so callers and callees mostly stay together;
 *   - small internal functions (what the inliner takes) are copied into every part: each
 *     part inlines them where it calls them, and keeps a private copy where it does not;
 *   - package variables (mutable globals) are defined in part 0 and declared in the others
 *     (those only ever loaded from become constants first, copied like the constants);
 *   - constants are copied: private and internal ones (strings, literals) stay private to
 *     each part, link-once ones (type descriptors, method tables) are merged by the linker,
 *     and exported ones are defined in part 0 and available_externally elsewhere, so that
 *     every part still folds loads from them and stackify still reads type descriptors.
 * What one part calls or reads from another is given hidden external linkage before the
 * processes start (a name that is not already package-qualified gets the package path as
 * a prefix; variables keep their names, which the collector's root table looks up), so that
 * every process sees the same names. Each part then runs the rest of
 * the pipeline (optimise.c, the collector's root table — part 0 only, since it defines the
 * variables —, safepoint.c, emission) in its own forked process: the codegen state (`cg`)
 * is per process, and fork copies the module without serialising it.
 *
 * Invariants: a Go function or variable is defined in exactly one part (or is a private
 * copy that nothing outside its part refers to); a part's object is complete once its
 * process exits with 0; the merged object defines what the unsplit one would (plus the
 * hidden names of the promoted functions, invisible outside the executable).
 * What it costs at run time: a call from one part to a big function of another is a plain
 * external call (no interprocedural facts: LLVM cannot see that the callee does not keep
 * a pointer it is given, so stackify keeps such an object on the heap). Modules under the
 * threshold — every benchmark of bench/ — are not split.
 *
 * Example: bench/genprog's program (7,985 lines, 1,498 functions, 85,000 instructions before
 * optimisation) on 2 cores: 2 parts, the first half of its unitN functions (each with its
 * newRecN and the methods of RecN, which follow it in generation order) in part 0, the rest
 * in part 1; the small methods and wrappers go into both, inlined where called. `gosub build
 * -d time`: 4.1-4.9 s before, 2.3-2.9 s in 2 parts (go build: 0.7-0.9 s).
 *
 * Developers: GOSUB_PARTS=N forces N parts whatever the size (1: never split), for tests. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cg.h"

enum { SPLIT_MIN = 30000, SPLIT_MAX_PARTS = 8 };

int cg_split_parts(void) {
  if (cg.opt->opt_level == 0 || cg.opt->emit_llvm || cg.opt->placement) return 1;
  const char *env = getenv("GOSUB_PARTS");
  if (env && *env) {
    int n = atoi(env);
    return n < 1 ? 1 : n > 16 ? 16 : n;
  }
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  if (cpus < 2) return 1;
  long total = 0;
  for (LLVMValueRef fn = LLVMGetFirstFunction(cg.mod); fn; fn = LLVMGetNextFunction(fn))
    total += cg_count_instructions(fn);
  long n = total / SPLIT_MIN;
  if (n > cpus) n = cpus;
  if (n > SPLIT_MAX_PARTS) n = SPLIT_MAX_PARTS;
  return n < 2 ? 1 : (int)n;
}

static bool is_local(LLVMValueRef g) {
  LLVMLinkage l = LLVMGetLinkage(g);
  return l == LLVMInternalLinkage || l == LLVMPrivateLinkage;
}

/* a small internal function the inliner may take: copied into every part */
static bool copied_fn(LLVMValueRef fn) {
  static unsigned noinline;
  if (!noinline) noinline = LLVMGetEnumAttributeKindForName("noinline", 8);
  return is_local(fn) && !LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, noinline);
}

/* global variables that belong to part 0 (everything but copied constants) */
static bool owned_global(LLVMValueRef g) {
  if (LLVMIsDeclaration(g)) return false;
  LLVMLinkage l = LLVMGetLinkage(g);
  if (l == LLVMAppendingLinkage || l == LLVMLinkOnceODRLinkage || l == LLVMLinkOnceAnyLinkage ||
      l == LLVMWeakODRLinkage || l == LLVMWeakAnyLinkage)
    return false;
  return !(LLVMIsGlobalConstant(g) && is_local(g));
}

/* is v (a variable, or an address inside it) only ever loaded from? */
static bool only_loaded(LLVMValueRef v, int depth) {
  if (depth > 8) return false;
  for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (LLVMIsALoadInst(user) && !LLVMGetVolatile(user)) continue;
    bool gep = LLVMIsAGetElementPtrInst(user) ||
               (LLVMIsAConstantExpr(user) && LLVMGetConstOpcode(user) == LLVMGetElementPtr);
    if (gep && LLVMGetOperand(user, 0) == v && only_loaded(user, depth + 1)) continue;
    return false;
  }
  return true;
}

/* hidden external linkage under a name unique in the program */
static void promote(LLVMValueRef g) {
  if (!is_local(g)) return;
  size_t len;
  const char *name = LLVMGetValueName2(g, &len);
  const char *pkg = cg.pkg->path ? cg.pkg->path : "main";
  size_t pl = strlen(pkg);
  bool variable = LLVMIsAGlobalVariable(g) && !LLVMIsGlobalConstant(g);
  if (!variable && !(len > pl && strncmp(name, pkg, pl) == 0 && name[pl] == '.')) {
    const char *nn = arena_printf("%s..%.*s", pkg, (int)len, name);
    LLVMSetValueName2(g, nn, strlen(nn));
  }
  LLVMSetLinkage(g, LLVMExternalLinkage);
  LLVMSetVisibility(g, LLVMHiddenVisibility);
  LLVMSetUnnamedAddr(g, 0);
}

/* replace a function defined elsewhere by a declaration of the same name and ABI */
static void declare_fn(LLVMValueRef fn) {
  size_t len;
  const char *name = arena_printf("%s", LLVMGetValueName2(fn, &len));
  LLVMValueRef d = LLVMAddFunction(cg.mod, "gosub.split.tmp", LLVMGlobalGetValueType(fn));
  LLVMSetFunctionCallConv(d, LLVMGetFunctionCallConv(fn));
  unsigned np = LLVMCountParams(fn);
  for (int idx = -1; idx <= (int)np; idx++) {   /* function, return, parameters */
    LLVMAttributeIndex ai = idx < 0 ? (LLVMAttributeIndex)LLVMAttributeFunctionIndex : (LLVMAttributeIndex)idx;
    unsigned n = LLVMGetAttributeCountAtIndex(fn, ai);
    if (!n) continue;
    LLVMAttributeRef *a = arena_alloc(sizeof(LLVMAttributeRef) * n);
    LLVMGetAttributesAtIndex(fn, ai, a);
    for (unsigned i = 0; i < n; i++) LLVMAddAttributeAtIndex(d, ai, a[i]);
  }
  LLVMSetVisibility(d, LLVMHiddenVisibility);
  LLVMReplaceAllUsesWith(fn, d);
  LLVMDeleteFunction(fn);
  LLVMSetValueName2(d, name, len);
  if (LLVMGetVisibility(d) == LLVMDefaultVisibility) LLVMSetVisibility(d, LLVMHiddenVisibility);
}

/* a variable defined in part 0: declared here */
static void declare_global(LLVMValueRef g) {
  size_t len;
  const char *name = arena_printf("%s", LLVMGetValueName2(g, &len));
  if (LLVMIsGlobalConstant(g)) {   /* exported constant: its value stays visible */
    LLVMSetLinkage(g, LLVMAvailableExternallyLinkage);
    return;
  }
  LLVMValueRef d = LLVMAddGlobal(cg.mod, LLVMGlobalGetValueType(g), "gosub.split.tmp");
  LLVMSetAlignment(d, LLVMGetAlignment(g));
  LLVMSetThreadLocal(d, LLVMIsThreadLocal(g));
  LLVMSetVisibility(d, LLVMGetVisibility(g));
  LLVMReplaceAllUsesWith(g, d);
  LLVMDeleteGlobal(g);
  LLVMSetValueName2(d, name, len);
}

/* keep only part k's definitions; fns: the module's functions before the split */
static void restrict_to(int k, const int *part_of, LLVMValueRef *fns, int nfn) {
  for (int i = 0; i < nfn; i++)
    if (part_of[i] >= 0 && part_of[i] != k) declare_fn(fns[i]);
  if (k == 0) return;
  int ng = 0;
  for (LLVMValueRef g = LLVMGetFirstGlobal(cg.mod); g; g = LLVMGetNextGlobal(g)) ng++;
  LLVMValueRef *gs = arena_alloc(sizeof(LLVMValueRef) * (size_t)(ng + 1));
  ng = 0;
  for (LLVMValueRef g = LLVMGetFirstGlobal(cg.mod); g; g = LLVMGetNextGlobal(g)) gs[ng++] = g;
  for (int i = 0; i < ng; i++) {
    LLVMValueRef g = gs[i];
    size_t len;
    const char *name = LLVMGetValueName2(g, &len);
    /* part 0's: the linker keeps what llvm.used names, the runtime reads the site table */
    if (strcmp(name, "llvm.used") == 0 || strcmp(name, "gosub_allocsites") == 0 ||
        strcmp(name, "gosub_nallocsites") == 0) {
      if (!LLVMGetFirstUse(g)) {
        LLVMDeleteGlobal(g);
        continue;
      }
    }
    if (owned_global(g)) declare_global(g);
  }
}

/* `ld -r -o out parts...` */
static bool merge(const char *out, char **parts, int n) {
  char **argv = arena_alloc(sizeof(char *) * (size_t)(n + 5));
  int a = 0;
  argv[a++] = "ld";
  argv[a++] = "-r";
  argv[a++] = "-o";
  argv[a++] = (char *)out;
  for (int i = 0; i < n; i++) argv[a++] = parts[i];
  argv[a] = NULL;
  return run_command(argv) == 0;
}

bool cg_split_emit(int parts, bool (*finish)(const char *obj_path, bool part0)) {
  /* which part each defined function belongs to (-1: copied into all, or a declaration) */
  int nfn = 0;
  for (LLVMValueRef fn = LLVMGetFirstFunction(cg.mod); fn; fn = LLVMGetNextFunction(fn)) nfn++;
  int *part_of = arena_alloc(sizeof(int) * (size_t)(nfn + 1));   /* first: sizes */
  LLVMValueRef *fns = arena_alloc(sizeof(LLVMValueRef) * (size_t)(nfn + 1));
  long total = 0, acc = 0;
  int i = 0;
  for (LLVMValueRef fn = LLVMGetFirstFunction(cg.mod); fn; fn = LLVMGetNextFunction(fn), i++) {
    fns[i] = fn;
    part_of[i] = LLVMIsDeclaration(fn) || copied_fn(fn) ? -1 : cg_count_instructions(fn) + 1;
    if (part_of[i] > 0) total += part_of[i];
  }
  long share = total / parts + 1;
  for (i = 0; i < nfn; i++) {
    if (part_of[i] < 0) continue;
    long size = part_of[i], p = acc / share;
    part_of[i] = p < parts ? (int)p : parts - 1;
    acc += size;
    promote(fns[i]);
  }
  /* a variable of the package nothing stores to or takes the address of keeps its initial
   * value: a constant, copied into the parts, so that each still folds its loads (unsplit,
   * LLVM's GlobalOpt finds the same; Go's nilptr2.go loads a 128 MiB struct through such a
   * nil pointer, which LLVM must see is nil) */
  for (LLVMValueRef g = LLVMGetFirstGlobal(cg.mod); g; g = LLVMGetNextGlobal(g))
    if (owned_global(g) && is_local(g) && !LLVMIsGlobalConstant(g) && only_loaded(g, 0))
      LLVMSetGlobalConstant(g, 1);
  for (LLVMValueRef g = LLVMGetFirstGlobal(cg.mod); g; g = LLVMGetNextGlobal(g))
    if (owned_global(g)) promote(g);

  char **paths = arena_alloc(sizeof(char *) * (size_t)parts);
  for (int k = 0; k < parts; k++) paths[k] = arena_printf("%s.part%d.o", cg.opt->out_path, k);
  pid_t *pids = arena_alloc(sizeof(pid_t) * (size_t)parts);
  fflush(NULL);
  for (int k = 1; k < parts; k++) {
    pids[k] = fork();
    if (pids[k] < 0) {
      fprintf(stderr, "gosub: fork: %s\n", strerror(errno));
      pids[k] = 0;
      parts = k;   /* the rest is done here */
      break;
    }
    if (pids[k] == 0) {
      restrict_to(k, part_of, fns, nfn);
      bool ok = finish(paths[k], false);
      fflush(NULL);
      _exit(ok ? 0 : 1);
    }
  }
  /* a fork that failed leaves its parts to this process: nothing is declared twice */
  for (int j = 0; j < nfn; j++)
    if (part_of[j] >= parts) part_of[j] = 0;
  restrict_to(0, part_of, fns, nfn);
  bool ok = finish(paths[0], true);
  for (int k = 1; k < parts; k++) {
    if (wait_command(pids[k]) != 0) {
      if (ok) fprintf(stderr, "gosub: internal error: code generation of part %d of %s failed\n", k,
                      cg.pkg->path ? cg.pkg->path : "main");
      ok = false;
    }
  }
  timing_mark("wait for parts");
  if (ok && !merge(cg.opt->out_path, paths, parts)) {
    fprintf(stderr, "gosub: ld -r of %s's parts failed\n", cg.pkg->path ? cg.pkg->path : "main");
    ok = false;
  }
  for (int k = 0; k < parts; k++) unlink(paths[k]);
  timing_mark("merge parts");
  return ok;
}
