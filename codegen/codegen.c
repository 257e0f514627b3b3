/* codegen.c — the entry point of code generation: the LLVM module and target machine, the
 * table of runtime entry points (runtime/gort.h), read-only string data, the program entry
 * wrappers gosub_main_init/gosub_main_main, optimisation (new pass manager) and emission of
 * an object file or textual IR. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Analysis.h>

#include "cg.h"
#include "../escape/escape.h"

Cg cg;

/* ---- runtime entry points ----
 * Signature letters: v void, p ptr, l i64, i i32, b bool (i8 zeroext), d double,
 * S GoString by value, E GoEface by value. The first letter is the result. */
#define RT_FUNCS(X)                                                                            \
  X(gort_alloc, "pp", 0) X(gort_alloc_array, "ppl", 0)                                          \
  X(gort_concat2, "Splpl", 0) X(gort_concatn, "Spl", 0) X(gort_strcmp, "lplpl", 0)             \
  X(gort_streq, "bplpl", 0) X(gort_string_from_bytes, "Spl", 0)                                 \
  X(gort_string_from_runes, "Spl", 0) X(gort_string_from_rune, "Sl", 0)                         \
  X(gort_bytes_from_string, "vppl", 0) X(gort_runes_from_string, "vppl", 0)                     \
  X(gort_decoderune, "ipllp", 0) X(gort_growslice, "vppplll", 0)                                \
  X(gort_slicecopy, "lplpll", 0)                                                                \
  X(gort_panic, "vpp", 1) X(gort_panic_index, "vll", 1) X(gort_panic_slice, "vill", 1)          \
  X(gort_panic_divide, "v", 1) X(gort_panic_nil, "v", 1) X(gort_panic_shift, "v", 1)            \
  X(gort_panic_makelen, "v", 1) X(gort_panic_makecap, "v", 1) X(gort_panic_nilmap, "v", 1)      \
  X(gort_panic_assert, "vppp", 1) X(gort_panicwrap, "vpp", 1)                                   \
  X(gort_print_int, "vl", 0) X(gort_print_uint, "vl", 0) X(gort_print_float, "vd", 0)           \
  X(gort_print_bool, "vb", 0) X(gort_print_string, "vpl", 0) X(gort_print_pointer, "vp", 0)     \
  X(gort_print_space, "v", 0) X(gort_print_nl, "v", 0) X(gort_print_eface, "vpp", 0)            \
  X(gort_getitab, "pppb", 0) X(gort_efaceeq, "bpppp", 0) X(gort_memequal_type, "bppp", 0)      \
  X(gort_makemap, "ppl", 0) X(gort_mapaccess, "pppp", 0) X(gort_mapassign, "pppp", 0)           \
  X(gort_mapdelete, "vppp", 0) X(gort_maplen, "lp", 0) X(gort_mapiterinit, "vppp", 0)           \
  X(gort_mapiternext, "vp", 0)                                                                  \
  X(gort_makechan, "ppl", 0) X(gort_chansend, "vpp", 0) X(gort_chanrecv, "bpp", 0)              \
  X(gort_go, "vp", 0) X(gort_select, "lplllp", 0) X(gort_block, "v", 1)                           \
  X(gort_chanclose, "vp", 0) X(gort_chanlen, "lp", 0) X(gort_chancap, "lp", 0)                  \
  X(gort_frame_push, "vp", 0) X(gort_frame_pop, "vp", 0) X(gort_defer, "vpp", 0)                \
  X(gort_recover, "E", 0) X(gort_wb, "vpp", 0) X(gort_wb_old, "vppl", 0)                        \
  X(gort_memstats_read, "vp", 0) X(_setjmp, "ip", 2) X(gort_panic_unsupported, "vp", 1)      \
  X(gort_alloc_at, "ppi", 0) X(gort_alloc_array_at, "pphi", 0) X(gort_makemap_at, "pphi", 0)    \
  X(gort_makechan_at, "pphi", 0)

typedef struct RtFunc { const char *name, *sig; int flags; } RtFunc;
static const RtFunc rt_funcs[] = {
#define X(n, s, f) {#n, s, f},
    RT_FUNCS(X)
#undef X
};

static LLVMTypeRef sig_type(char c) {
  switch (c) {
  case 'v': return cg.t_void;
  case 'p': return cg.t_ptr;
  case 'l': case 'h': return cg.t_i64;
  case 'i': return cg.t_i32;
  case 'b': return cg.t_i8;
  case 'd': return cg.t_f64;
  case 'S': return cg.t_str;
  case 'E': return cg.t_iface;
  }
  fatal("bad runtime signature letter %c", c);
}

static void add_attr(LLVMValueRef fn, unsigned idx, const char *name) {
  unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
  LLVMAddAttributeAtIndex(fn, idx, LLVMCreateEnumAttribute(cg.ctx, kind, 0));
}

static LLVMValueRef declare_rt(const RtFunc *rf) {
  LLVMTypeRef params[16];
  int n = (int)strlen(rf->sig) - 1;
  for (int i = 0; i < n; i++) params[i] = sig_type(rf->sig[i + 1]);
  LLVMTypeRef ft = LLVMFunctionType(sig_type(rf->sig[0]), params, (unsigned)n, 0);
  LLVMValueRef fn = LLVMAddFunction(cg.mod, rf->name, ft);
  for (int i = 0; i < n; i++)
    if (rf->sig[i + 1] == 'b') add_attr(fn, (unsigned)i + 1, "zeroext");
  if (rf->sig[0] == 'b') add_attr(fn, LLVMAttributeReturnIndex, "zeroext");
  if (rf->flags == 1) {
    add_attr(fn, LLVMAttributeFunctionIndex, "noreturn");
    add_attr(fn, LLVMAttributeFunctionIndex, "cold");
  }
  if (rf->flags == 2) add_attr(fn, LLVMAttributeFunctionIndex, "returns_twice");
  /* a fresh object: nothing else points to it (LLVM may then compare it with nil, or hand
   * it to a call, without losing track of it: optimise.c's stackify relies on that) */
  if (!strncmp(rf->name, "gort_alloc", 10)) add_attr(fn, LLVMAttributeReturnIndex, "noalias");
  return fn;
}

LLVMValueRef cg_rt(const char *name) {
  LLVMValueRef fn = LLVMGetNamedFunction(cg.mod, name);
  if (fn) return fn;
  for (size_t i = 0; i < sizeof rt_funcs / sizeof rt_funcs[0]; i++)
    if (!strcmp(rt_funcs[i].name, name)) return declare_rt(&rt_funcs[i]);
  fatal("unknown runtime function %s", name);
}

/* String literals: private unnamed_addr constants in .rodata. */
LLVMValueRef cg_cstring(const char *s, size_t n) {
  LLVMValueRef init = LLVMConstStringInContext(cg.ctx, s, (unsigned)n, 1);
  LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), arena_printf(".str.%d", cg.strno++));
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
  LLVMSetAlignment(g, 1);
  return g;
}

/* A Go string constant's bytes: an internal symbol go.string.N in .rodata, so that the
 * executable's symbol table shows where each string literal lives (gc: go.string."...").
 * Other packages' strings are PKG.go.string.N, so that main's names are unique in the
 * executable (the segments report and its test look them up by name). */
static LLVMValueRef go_string_data(const char *s, size_t n) {
  LLVMValueRef init = LLVMConstStringInContext(cg.ctx, s, (unsigned)n, 1);
  const char *name = cg.pkg && !cg.pkg->main && cg.pkg->path
                         ? arena_printf("%s.go.string.%d", cg.pkg->path, cg.strno++)
                         : arena_printf("go.string.%d", cg.strno++);
  LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), name);
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMInternalLinkage);
  LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
  LLVMSetAlignment(g, 1);
  return g;
}

LLVMValueRef cg_gostring_const(const char *s, size_t n) {
  LLVMValueRef f[2];
  f[0] = n ? go_string_data(s, n) : LLVMConstNull(cg.t_ptr);
  f[1] = LLVMConstInt(cg.t_i64, n, 0);
  return LLVMConstNamedStruct(cg.t_str, f, 2);
}

void cg_unsupported(Pos pos, const char *what) {
  diag_error(pos, "%s not supported yet", what);
  cg.failed = true;
}

static void init_types(void) {
  cg.t_i1 = LLVMInt1TypeInContext(cg.ctx);
  cg.t_i8 = LLVMInt8TypeInContext(cg.ctx);
  cg.t_i16 = LLVMInt16TypeInContext(cg.ctx);
  cg.t_i32 = LLVMInt32TypeInContext(cg.ctx);
  cg.t_i64 = LLVMInt64TypeInContext(cg.ctx);
  cg.t_f32 = LLVMFloatTypeInContext(cg.ctx);
  cg.t_f64 = LLVMDoubleTypeInContext(cg.ctx);
  cg.t_ptr = LLVMPointerTypeInContext(cg.ctx, 0);
  cg.t_void = LLVMVoidTypeInContext(cg.ctx);
  LLVMTypeRef s[3] = {cg.t_ptr, cg.t_i64, cg.t_i64};
  cg.t_str = LLVMStructCreateNamed(cg.ctx, "GoString");
  LLVMStructSetBody(cg.t_str, s, 2, 0);
  cg.t_slice = LLVMStructCreateNamed(cg.ctx, "GoSlice");
  LLVMStructSetBody(cg.t_slice, s, 3, 0);
  LLVMTypeRef e[2] = {cg.t_ptr, cg.t_ptr};
  cg.t_iface = LLVMStructCreateNamed(cg.ctx, "GoIface");
  LLVMStructSetBody(cg.t_iface, e, 2, 0);
  /* GoType: size ptrdata gcmask hash kind align flags chandir name elem key len nfields
   * nmethods fields methods */
  LLVMTypeRef gt[16] = {cg.t_i64, cg.t_i64, cg.t_ptr, cg.t_i32, cg.t_i8, cg.t_i8, cg.t_i8,
                        cg.t_i8, cg.t_ptr, cg.t_ptr, cg.t_ptr, cg.t_i64, cg.t_i32, cg.t_i32,
                        cg.t_ptr, cg.t_ptr};
  cg.t_gotype = LLVMStructCreateNamed(cg.ctx, "GoType");
  LLVMStructSetBody(cg.t_gotype, gt, 16, 0);
  LLVMTypeRef gf[5] = {cg.t_ptr, cg.t_ptr, cg.t_i64, cg.t_i8, cg.t_i8};
  cg.t_gofield = LLVMStructCreateNamed(cg.ctx, "GoField");
  LLVMStructSetBody(cg.t_gofield, gf, 5, 0);
  LLVMTypeRef gm[3] = {cg.t_ptr, cg.t_ptr, cg.t_ptr};
  cg.t_gomethod = LLVMStructCreateNamed(cg.ctx, "GoMethod");
  LLVMStructSetBody(cg.t_gomethod, gm, 3, 0);
}

static bool init_target(void) {
  LLVMInitializeNativeTarget();
  LLVMInitializeNativeAsmPrinter();
  char *triple = LLVMGetDefaultTargetTriple();
  LLVMTargetRef target;
  char *err = NULL;
  if (LLVMGetTargetFromTriple(triple, &target, &err)) {
    fprintf(stderr, "gosub: %s\n", err);
    return false;
  }
  char *cpu = LLVMGetHostCPUName(), *feat = LLVMGetHostCPUFeatures();
  cg.tm = LLVMCreateTargetMachine(target, triple, cpu, feat,
                                  cg.opt->opt_level ? LLVMCodeGenLevelDefault : LLVMCodeGenLevelNone,
                                  LLVMRelocPIC, LLVMCodeModelDefault);
  LLVMSetTarget(cg.mod, triple);
  cg.td = LLVMCreateTargetDataLayout(cg.tm);
  char *dl = LLVMCopyStringRepOfTargetData(cg.td);
  LLVMSetDataLayout(cg.mod, dl);
  LLVMDisposeMessage(dl);
  LLVMDisposeMessage(triple);
  LLVMDisposeMessage(cpu);
  LLVMDisposeMessage(feat);
  return true;
}

static void set_noinline(LLVMValueRef fn) {
  /* the runtime's traceback shows main.main and init functions as frames of their own
   * (Go's runtime calls them through function values): never inlined into the C-like
   * entry wrappers, which have no debug information */
  add_attr(fn, LLVMAttributeFunctionIndex, "noinline");
}

static void call_noarg(LLVMBuilderRef b, LLVMValueRef callee) {
  LLVMValueRef args[1] = {LLVMConstNull(cg.t_ptr)};
  LLVMBuildCall2(b, LLVMGlobalGetValueType(callee), callee, args, 1, "");
}

/* The symbol of a compiled package's initializer (gc's name: sort.init). */
static const char *init_symbol(Package *p) { return arena_printf("%s.init", p->path); }

/* Spec: Package initialization. A package's initializer (gc's pkg.init, a Go function) runs
 * its imports' initializers first, then its variables in Package.init_order, then — except
 * for main, whose init() functions gosub_main_init calls — its init() functions in source
 * order. Each package's runs once (a flag guards it): the whole program initializes depth
 * first in import order, as gc's runtime does with its inittasks. */
static LLVMValueRef gen_pkg_init(void) {
  bool is_main = cg.pkg->main != NULL;
  LLVMTypeRef ft = LLVMFunctionType(cg.t_void, &cg.t_ptr, 1, 0);
  LLVMValueRef fn = LLVMAddFunction(cg.mod, init_symbol(cg.pkg), ft);
  if (is_main) LLVMSetLinkage(fn, LLVMInternalLinkage);
  Fn *f = NEW(Fn);
  f->fn = fn;
  f->sig = NULL;
  f->goname = init_symbol(cg.pkg);
  cg_set_fn(f);
  if (!is_main) {
    LLVMValueRef done = LLVMAddGlobal(cg.mod, cg.t_i8, arena_printf("%s.init.done", cg.pkg->path));
    LLVMSetInitializer(done, LLVMConstInt(cg.t_i8, 0, 0));
    LLVMSetLinkage(done, LLVMInternalLinkage);
    LLVMValueRef was = LLVMBuildLoad2(cg.b, cg.t_i8, done, "");
    LLVMBasicBlockRef first = LLVMAppendBasicBlockInContext(cg.ctx, fn, "first");
    LLVMBasicBlockRef again = LLVMAppendBasicBlockInContext(cg.ctx, fn, "again");
    LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntNE, was, LLVMConstInt(cg.t_i8, 0, 0), ""),
                    again, first);
    LLVMPositionBuilderAtEnd(cg.b, again);
    LLVMBuildRetVoid(cg.b);
    LLVMPositionBuilderAtEnd(cg.b, first);
    LLVMBuildStore(cg.b, LLVMConstInt(cg.t_i8, 1, 0), done);
  }
  for (int i = 0; i < cg.pkg->imports.len; i++) {
    Package *q = VEC_AT(cg.pkg->imports, i);
    if (!q->has_object) continue;
    LLVMValueRef callee = LLVMGetNamedFunction(cg.mod, init_symbol(q));
    if (!callee) callee = LLVMAddFunction(cg.mod, init_symbol(q), ft);
    call_noarg(cg.b, callee);
  }
  cg_gen_globals();
  if (!is_main) {
    for (int i = 0; i < cg.pkg->inits.len; i++) {
      Node *fd = VEC_AT(cg.pkg->inits, i);
      LLVMValueRef callee = cg_func_for(fd->funcdecl.obj);
      set_noinline(callee);
      if (!cg_terminated()) call_noarg(cg.b, callee);
    }
  }
  if (!cg_terminated()) LLVMBuildRetVoid(cg.b);
  cg_set_fn(NULL);
  return fn;
}

/* gosub_main_init: main.init, then the init() functions in order; gosub_main_main calls
 * main.main (runtime/rt_main.c calls both). */
static void gen_entry(const char *name, LLVMValueRef *callees, int n) {
  LLVMValueRef fn = LLVMAddFunction(cg.mod, name, LLVMFunctionType(cg.t_void, NULL, 0, 0));
  LLVMBuilderRef b = LLVMCreateBuilderInContext(cg.ctx);
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cg.ctx, fn, "entry"));
  for (int i = 0; i < n; i++) {
    set_noinline(callees[i]);
    call_noarg(b, callees[i]);
  }
  LLVMBuildRetVoid(b);
  LLVMDisposeBuilder(b);
}

static void gen_main_init(void) {
  int n = cg.pkg->inits.len;
  LLVMValueRef *callees = arena_alloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
  callees[0] = gen_pkg_init();
  for (int i = 0; i < n; i++) {
    Node *fd = VEC_AT(cg.pkg->inits, i);
    callees[i + 1] = cg_func_for(fd->funcdecl.obj);
  }
  gen_entry("gosub_main_init", callees, n + 1);
}

static void gen_main_main(void) {
  LLVMValueRef callee[1];
  if (cg.pkg->main) callee[0] = cg_func_for(cg.pkg->main);
  gen_entry("gosub_main_main", callee, cg.pkg->main ? 1 : 0);
}

/* A copy of a big array or struct value (more than 4 KiB: `use(*p)` with p a *[1<<20]int)
 * is a load of the whole aggregate and a store of it, which LLVM's instruction selection
 * expands into one value per element: minutes and gigabytes. Such a load whose only users
 * are stores right after it in its block (nothing in between that writes memory but the
 * allocation of the destination) becomes a memcpy. */
static bool copy_may_move_past(LLVMValueRef i) {
  if (LLVMIsAStoreInst(i) || LLVMIsAAtomicRMWInst(i) || LLVMIsAAtomicCmpXchgInst(i) ||
      LLVMIsAFenceInst(i) || LLVMIsAMemIntrinsic(i))
    return false;
  if (!LLVMIsACallInst(i)) return true;
  LLVMValueRef callee = LLVMGetCalledValue(i);
  size_t n;
  const char *name = callee && LLVMIsAFunction(callee) ? LLVMGetValueName2(callee, &n) : "";
  return strncmp(name, "gort_alloc", 10) == 0 || strncmp(name, "llvm.dbg.", 9) == 0;
}

static void big_copies_to_memcpy(void) {
  LLVMBuilderRef b = LLVMCreateBuilderInContext(cg.ctx);
  for (LLVMValueRef fn = LLVMGetFirstFunction(cg.mod); fn; fn = LLVMGetNextFunction(fn))
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
      LLVMValueRef next;
      for (LLVMValueRef ld = LLVMGetFirstInstruction(bb); ld; ld = next) {
        next = LLVMGetNextInstruction(ld);
        if (!LLVMIsALoadInst(ld) || LLVMGetVolatile(ld)) continue;
        LLVMTypeRef t = LLVMTypeOf(ld);
        LLVMTypeKind k = LLVMGetTypeKind(t);
        if (k != LLVMArrayTypeKind && k != LLVMStructTypeKind) continue;
        unsigned long long size = LLVMABISizeOfType(cg.td, t);
        if (size <= 4096) continue;
        /* every user a store of the value, later in this block, with nothing in between
         * that could change the source */
        int nuses = 0;
        bool ok = true;
        for (LLVMUseRef u = LLVMGetFirstUse(ld); u && ok; u = LLVMGetNextUse(u)) {
          LLVMValueRef st = LLVMGetUser(u);
          ok = LLVMIsAStoreInst(st) && LLVMGetOperand(st, 0) == ld && !LLVMGetVolatile(st) &&
               LLVMGetInstructionParent(st) == bb;
          nuses++;
        }
        if (!ok || nuses == 0) continue;
        int seen = 0;
        for (LLVMValueRef i = LLVMGetNextInstruction(ld); i && seen < nuses; i = LLVMGetNextInstruction(i)) {
          if (LLVMIsAStoreInst(i) && LLVMGetOperand(i, 0) == ld) {
            seen++;
            continue;
          }
          if (!copy_may_move_past(i)) {
            ok = false;
            break;
          }
        }
        if (!ok || seen != nuses) continue;
        LLVMValueRef src = LLVMGetOperand(ld, 0);
        LLVMUseRef u;
        while ((u = LLVMGetFirstUse(ld))) {
          LLVMValueRef st = LLVMGetUser(u);
          LLVMPositionBuilderBefore(b, st);
          LLVMSetCurrentDebugLocation2(b, LLVMInstructionGetDebugLoc(st));
          LLVMBuildMemCpy(b, LLVMGetOperand(st, 1), 8, src, 8, LLVMConstInt(LLVMInt64TypeInContext(cg.ctx), size, 0));
          if (next == st) next = LLVMGetNextInstruction(st);
          LLVMInstructionEraseFromParent(st);
        }
        if (next == ld) next = LLVMGetNextInstruction(ld);
        LLVMInstructionEraseFromParent(ld);
      }
    }
  LLVMDisposeBuilder(b);
}

/* ---- frame sizes for the segments report ----
 * LLVM reports a function's frame size (MachineFrameInfo's, the number -stack-size-section
 * writes) as a "stack frame size (N) exceeds limit (0) in function 'f'" diagnostic when the
 * function carries "warn-stack-size"="0"; the handler records it instead of printing it. */
static void frame_size_handler(LLVMDiagnosticInfoRef di, void *arg) {
  (void)arg;
  char *msg = LLVMGetDiagInfoDescription(di);
  const char *p = strstr(msg, "stack frame size (");
  const char *q = p ? strstr(p, "in function '") : NULL;
  if (p && q && cg.opt->placement) {
    long long size = atoll(p + strlen("stack frame size ("));
    const char *name = q + strlen("in function '");
    size_t len = strcspn(name, "'");
    for (int i = 0; i < cg.opt->placement->funcs.len; i++) {
      CgFuncPlace *fp = cg.opt->placement->funcs.data[i];
      if (strlen(fp->symbol) == len && !strncmp(fp->symbol, name, len)) fp->frame = size;
    }
  } else if (LLVMGetDiagInfoSeverity(di) == LLVMDSError) {
    fprintf(stderr, "gosub: LLVM error: %s\n", msg);
  } else if (LLVMGetDiagInfoSeverity(di) == LLVMDSWarning) {
    fprintf(stderr, "gosub: LLVM warning: %s\n", msg);
  }
  LLVMDisposeMessage(msg);
}

static void request_frame_sizes(void) {
  LLVMAttributeRef a = LLVMCreateStringAttribute(cg.ctx, "warn-stack-size", 15, "0", 1);
  for (LLVMValueRef f = LLVMGetFirstFunction(cg.mod); f; f = LLVMGetNextFunction(f))
    if (LLVMCountBasicBlocks(f)) LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, a);
  LLVMContextSetDiagnosticHandler(cg.ctx, frame_size_handler, NULL);
}

/* ---- allocation sites (GOSUBDEBUG=allocs=1, runtime/allocsite.c) ----
 * Each heap allocation codegen emits for the program names its site: the variable moved to
 * heap, or the expression (new, &T{}, make, a literal, a closure, a boxed value...). Sites
 * are numbered from 1 in the table gosub_allocsites; 0 = unknown. */
typedef struct CgSite { const char *pos, *what, *type; } CgSite;

static int32_t site_id(void) {
  if (!cg.pkg->main) return 0; /* the table is the main package's (imported packages: later) */
  Pos p;
  const char *what;
  Type *t;
  if (cg.site_var) {
    p = cg.site_var->pos;
    what = cg.site_var->name;
    t = cg.site_var->type;
  } else if (cg.site_node) {
    Node *n = cg.site_node;
    p = esc_site_pos(n);
    what = ast_expr_string(n);
    t = n->type;
    if (n->kind == N_CALL && n->call.how == CALL_CONVERSION && n->call.args.len)
      t = ((Node *)n->call.args.data[0])->type; /* a boxed value */
  } else {
    return 0;
  }
  const char *pos = arena_printf("%s:%d:%d", p.file ? p.file : "?", p.line, p.col);
  const char *type = t ? type_string(t) : "";
  for (int i = 0; i < cg.sites.len; i++) {
    CgSite *s = cg.sites.data[i];
    if (!strcmp(s->pos, pos) && !strcmp(s->what, what) && !strcmp(s->type, type)) return i + 1;
  }
  CgSite *s = NEW(CgSite);
  *s = (CgSite){pos, what, type};
  vec_push(&cg.sites, s);
  if (cg.opt->placement) {
    CgAllocPlace *a = NEW(CgAllocPlace);
    *a = (CgAllocPlace){p, what, t, cg.force_heap};
    vec_push(&cg.opt->placement->allocs, a);
  }
  return cg.sites.len;
}

/* A heap allocation: the program's own (package main) name their site; other packages'
 * (the standard library compiled from source) call the plain entry point, so that
 * GOSUBDEBUG=allocs=1 counts the program's sites only, as runtime/allocsite.c says. */
LLVMValueRef cg_alloc_rt(const char *name, LLVMValueRef *args, int n) {
  if (!cg.pkg->main) return cg_call_rt(name, args, n);
  LLVMValueRef *a = arena_alloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) a[i] = args[i];
  a[n] = LLVMConstInt(cg.t_i32, (unsigned long long)site_id(), 0);
  return cg_call_rt(arena_printf("%s_at", name), a, n + 1);
}

/* gosub_allocsites: {pos, what, type} C strings per site; gosub_nallocsites: their number */
static void emit_site_table(void) {
  LLVMTypeRef et = LLVMStructTypeInContext(cg.ctx, (LLVMTypeRef[]){cg.t_ptr, cg.t_ptr, cg.t_ptr}, 3, 0);
  int n = cg.sites.len;
  LLVMValueRef *el = arena_alloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) {
    CgSite *s = cg.sites.data[i];
    LLVMValueRef f[3] = {cg_cstring(s->pos, strlen(s->pos) + 1), cg_cstring(s->what, strlen(s->what) + 1),
                         cg_cstring(s->type, strlen(s->type) + 1)};
    el[i] = LLVMConstStructInContext(cg.ctx, f, 3, 0);
  }
  LLVMValueRef init = LLVMConstArray2(et, el, (uint64_t)n);
  LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(init), "gosub_allocsites");
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, 1);
  LLVMValueRef c = LLVMAddGlobal(cg.mod, cg.t_i32, "gosub_nallocsites");
  LLVMSetInitializer(c, LLVMConstInt(cg.t_i32, (unsigned long long)n, 0));
  LLVMSetGlobalConstant(c, 1);
}

void cg_place_func(Node *decl, LLVMValueRef fn) {
  if (!cg.opt->placement) return;
  CgFuncPlace *fp = NEW(CgFuncPlace);
  fp->decl = decl;
  fp->symbol = intern(LLVMGetValueName(fn));
  fp->frame = -1;
  vec_push(&cg.opt->placement->funcs, fp);
}

/* optimisation, the collector's root table (the part that defines the variables), safepoints
 * and emission of the module as it is now, into obj_path (split.c calls it once per part) */
static bool finish_module(const char *obj_path, bool roots) {
  char *err = NULL;
  if (cg.opt->opt_level > 0 && !cg_optimise(cg.mod, cg.tm)) return false;
  timing_mark("LLVM optimise");
  if (roots) cg_emit_gcroots();
  cg_insert_safepoints();
  if (LLVMVerifyModule(cg.mod, LLVMReturnStatusAction, &err)) {
    if (getenv("GOSUB_DUMP_BAD")) LLVMPrintModuleToFile(cg.mod, "/tmp/gosub_bad.ll", NULL);
    fatal("invalid LLVM module after the safepoint pass:\n%s", err);
  }
  if (err) LLVMDisposeMessage(err);
  err = NULL;
  timing_mark("safepoints");
  if (cg.opt->emit_llvm) {
    if (LLVMPrintModuleToFile(cg.mod, obj_path, &err)) {
      fprintf(stderr, "gosub: %s\n", err);
      return false;
    }
    return true;
  }
  if (cg.opt->placement) request_frame_sizes();
  if (LLVMTargetMachineEmitToFile(cg.tm, cg.mod, (char *)obj_path, LLVMObjectFile, &err)) {
    fprintf(stderr, "gosub: %s\n", err);
    return false;
  }
  timing_mark("object emission");
  return true;
}

static bool optimise_and_emit(void) {
  char *err = NULL;
  big_copies_to_memcpy();
  if (LLVMVerifyModule(cg.mod, LLVMReturnStatusAction, &err)) {
    /* a codegen bug, never the program's fault: exit 3 like every internal error */
    if (getenv("GOSUB_DUMP_BAD")) LLVMPrintModuleToFile(cg.mod, "/tmp/gosub_bad.ll", NULL);
    fatal("invalid LLVM module:\n%s", err);
  }
  if (err) LLVMDisposeMessage(err);
  timing_mark("verify IR");
  if (cg.opt->opt_level > 0) cg_inline_budget(cg.mod);
  int parts = cg_split_parts();
  if (parts > 1) return cg_split_emit(parts, finish_module);
  return finish_module(cg.opt->out_path, true);
}

/* A function of Go's standard library that uses what gosub cannot compile yet (the error
 * says what) does not fail the build: its body becomes a panic that names the function
 * and the reason, so a program that never calls it runs, and one that does fails loudly.
 * The functions made while generating it (its closures) are dropped the same way when they
 * were left unfinished. */
static void stub_unsupported(Node *fd, LLVMValueRef last, int nerr) {
  const char *why = diag_error_message(nerr);
  Object *obj = fd->funcdecl.obj;
  const char *msg = arena_printf("gosub: %s: %s", cg_func_goname(obj), why ? why : "not supported");
  diag_truncate(nerr);
  cg.failed = false;
  cg.fn = NULL;
  cg.b = NULL;
  LLVMValueRef fn = cg_func_for(obj);
  LLVMValueRef first = last ? LLVMGetNextFunction(last) : LLVMGetFirstFunction(cg.mod);
  for (LLVMValueRef g = first; g; g = LLVMGetNextFunction(g)) {
    if (g != fn && LLVMCountBasicBlocks(g) == 0) continue;
    bool broken = g == fn;
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(g); bb && !broken; bb = LLVMGetNextBasicBlock(bb))
      broken = !LLVMGetBasicBlockTerminator(bb);
    if (!broken) continue;
    while (LLVMGetFirstBasicBlock(g)) LLVMDeleteBasicBlock(LLVMGetFirstBasicBlock(g));
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg.ctx);
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cg.ctx, g, "unsupported"));
    LLVMValueRef pf = cg_rt("gort_panic_unsupported");
    LLVMValueRef args[1] = {cg_cstring(msg, strlen(msg) + 1)};
    LLVMBuildCall2(b, LLVMGlobalGetValueType(pf), pf, args, 1, "");
    LLVMBuildUnreachable(b);
    LLVMDisposeBuilder(b);
  }
}

bool cg_needs_object(Package *pkg) {
  bool need = pkg->funcs.len > 0 || pkg->init_order.len > 0 || pkg->main;
  for (int i = 0; !need && i < pkg->globals.len; i++)
    need = !sema_is_prelude_obj(VEC_AT(pkg->globals, i));
  for (int i = 0; !need && i < pkg->imports.len; i++)
    need = ((Package *)VEC_AT(pkg->imports, i))->has_object;
  pkg->has_object = need;
  return need;
}

bool cg_generate(Package *pkg, const CgOptions *opt) {
  memset(&cg, 0, sizeof cg);
  cg.pkg = pkg;
  cg.opt = opt;
  cg.ctx = LLVMContextCreate();
  cg.mod = LLVMModuleCreateWithNameInContext(pkg->path ? pkg->path : "main", cg.ctx);
  cg_types_begin();
  bool ok = init_target();
  if (ok) {
    init_types();
    cg_di_begin(pkg->files.len ? ((Node *)VEC_AT(pkg->files, 0))->file.filename : "main.go");
    for (int i = 0; i < pkg->funcs.len; i++) {
      int nerr = diag_count();
      LLVMValueRef last = LLVMGetLastFunction(cg.mod);
      cg_gen_funcdecl(VEC_AT(pkg->funcs, i));
      if (cg.failed && pkg->origin == PKG_STD) stub_unsupported(VEC_AT(pkg->funcs, i), last, nerr);
      if (cg.failed) break;
    }
    if (!cg.failed && pkg->main) gen_main_init();
    else if (!cg.failed) gen_pkg_init();
    if (!cg.failed && pkg->main) gen_main_main();
    if (!cg.failed) cg_gen_gcroots();
    if (!cg.failed && pkg->main) emit_site_table();
    cg_keep_globals();
    cg_di_end();
    timing_mark("codegen IR");
    ok = !cg.failed && diag_count() == 0 && optimise_and_emit();
  }
  /* the module is written: free LLVM's memory (a process may compile many packages) */
  if (cg.dib) cg_di_end();
  if (cg.td) LLVMDisposeTargetData(cg.td);
  if (cg.tm) LLVMDisposeTargetMachine(cg.tm);
  LLVMDisposeModule(cg.mod);
  LLVMContextDispose(cg.ctx);
  memset(&cg, 0, sizeof cg);
  return ok;
}
