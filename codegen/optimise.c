/* optimise.c — what gosub asks of LLVM at -O2: an inlining budget, then clang's default<O2>
 * pipeline (new pass manager), then stackify: heap objects that inlining made local move to
 * the frame, and reads of a local array's copy read the original (both below).
 *
 * The budget. LLVM inlines a callee whose cost is under a threshold (225, about 45 simple
 * instructions), except that the last call of an internal function gets a bonus of 15000:
 * every Go function of package main is internal, so a function called from one place is
 * inlined whatever its size, and so is the next one into it. A generated program whose main
 * calls 166 functions once each became one main.main of 78,000 IR lines; register
 * allocation, CodeGenPrepare and the DWARF variable-location analysis are superlinear in a
 * function's size, and object emission of that program (the 8,000-line program of bench/run)
 * took 18 s of CPU alone (llc -time-passes, 2026-12-03). gc inlines nothing over 80 nodes. So, before the
 * pipeline, a function of more than INLINE_BUDGET instructions of unoptimised IR (allocas,
 * loads and stores not yet promoted: about two to three times its optimised size) is marked
 * noinline. What LLVM's ordinary threshold would inline is far below it; what it stops is the
 * one-caller bonus on big bodies, which saves one call per call and costs compile time.
 * Measured on bench/ at half size: run times unchanged within noise (user time, 2 runs each);
 * the whole build of the generated program takes 7 s of CPU with the budget.
 *
 * Example: main() { sum += unit0(1); sum += unit1(2); ... } with unitN of 100 unoptimised
 * instructions: every unitN stays a function of its own, main stays 166 calls long.
 *
 * Developers: GOSUB_PASSES=PIPELINE replaces default<O2> (LLVM's pipeline syntax, e.g.
 * "default<O1>"), GOSUB_INLINE_BUDGET=N replaces the budget (0: none), GOSUB_NO_STACKIFY=1
 * turns stackify and the copy forwarding below off, for measurements. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Transforms/PassBuilder.h>

#include "cg.h"

enum { INLINE_BUDGET = 60 };

int cg_count_instructions(LLVMValueRef fn) {
  int n = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) n++;
  return n;
}

void cg_inline_budget(LLVMModuleRef mod) {
  const char *env = getenv("GOSUB_INLINE_BUDGET");
  int budget = env && *env ? atoi(env) : INLINE_BUDGET;
  if (budget <= 0) return;
  unsigned noinline = LLVMGetEnumAttributeKindForName("noinline", 8);
  LLVMContextRef ctx = LLVMGetModuleContext(mod);
  for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn)) {
    if (LLVMIsDeclaration(fn) || cg_count_instructions(fn) <= budget) continue;
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateEnumAttribute(ctx, noinline, 0));
  }
}

/* ---- stackify: heap objects that inlining made local, moved to the frame ----
 *
 * gc inlines small functions before its escape analysis, so `p := newVec(1, 2, 3)` with
 * newVec returning &Vec{...} allocates nothing in the caller: the inlined &Vec{...} does not
 * escape there (gc -m: "inlining call to newVec", "&Vec{...} does not escape"). gosub's
 * escape analysis runs without inlining (its -m is gc's -m -l), and LLVM inlines later: the
 * call gort_alloc_at(type:main.Vec) then sits in main with every use of its result in view.
 * When none of those uses lets the pointer out of the function, the object is moved to an
 * alloca of the function's entry block, zeroed where the allocation was.
 *
 * The pointer stays in the function when each of its uses (through getelementptr) is a load
 * or a store through it, a comparison, a memset/memcpy/memmove or lifetime marker, the slot
 * argument of the write barrier, or an argument the callee does not capture (nocapture:
 * LLVM infers it for Go functions that only read and write through a pointer, helped by
 * func.c's dereferenceable_or_null). Anything else — stored as a value, a phi or select, a
 * return, a ptrtoint, an ordinary call argument — keeps the allocation on the heap. Why one
 * alloca serves every execution of the allocation (in a loop): without a phi or a store the
 * previous object's pointer cannot reach the next execution, so the old object is dead when
 * the new one is made. The collector finds pointers inside the moved object by its
 * conservative stack scan; write barriers on its slots shade as for any slot.
 * At most STACKIFY_MAX bytes per object and STACKIFY_FRAME per function (recursion).
 *
 * Example (bench/nonescape): p := newVec(f, f*0.5, 1); p.add(&q); if b.contains(p) ...:
 * after inlining, p's object is stored to, loaded from and passed to (*Box).contains, which
 * only reads it (nocapture): p moves to main's frame; 100,000,000 allocations disappear. */
enum { STACKIFY_MAX = 1024, STACKIFY_FRAME = 4096 };

static const char *callee_name(LLVMValueRef call) {
  LLVMValueRef callee = LLVMGetCalledValue(call);
  size_t n;
  return callee && LLVMIsAFunction(callee) ? LLVMGetValueName2(callee, &n) : "";
}

static bool arg_nocapture(LLVMValueRef call, unsigned argno) {
  static unsigned nocapture;
  if (!nocapture) nocapture = LLVMGetEnumAttributeKindForName("nocapture", 9);
  if (LLVMGetCallSiteEnumAttribute(call, argno + 1, nocapture)) return true;
  LLVMValueRef callee = LLVMGetCalledValue(call);
  return callee && LLVMIsAFunction(callee) &&
         LLVMGetEnumAttributeAtIndex(callee, argno + 1, nocapture) != NULL;
}

static bool stays_local(LLVMValueRef v, int depth) {
  if (depth > 8) return false;
  for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (LLVMIsALoadInst(user) || LLVMIsAICmpInst(user)) continue;
    if (LLVMIsAStoreInst(user)) {
      if (LLVMGetOperand(user, 0) == v) return false;   /* the pointer itself is stored */
      continue;
    }
    if (LLVMIsAGetElementPtrInst(user)) {
      if (!stays_local(user, depth + 1)) return false;
      continue;
    }
    if (LLVMIsACallInst(user)) {
      if (LLVMGetCalledValue(user) == v) return false;
      const char *name = callee_name(user);
      if (!strncmp(name, "llvm.memset.", 12) || !strncmp(name, "llvm.memcpy.", 12) ||
          !strncmp(name, "llvm.memmove.", 13) || !strncmp(name, "llvm.lifetime.", 14))
        continue;
      unsigned n = (unsigned)LLVMGetNumArgOperands(user);
      for (unsigned a = 0; a < n; a++) {
        if (LLVMGetOperand(user, a) != v) continue;
        if (!strcmp(name, "gort_wb") && a == 0) continue;   /* the slot, not the value */
        if (!arg_nocapture(user, a)) return false;
      }
      continue;
    }
    return false;
  }
  return true;
}

/* the object size of an allocation gort_alloc(type) / gort_alloc_at(type, site) with a
 * constant type descriptor (its first field is the size, the sixth the alignment), else 0 */
static uint64_t alloc_size(LLVMValueRef call, unsigned *align) {
  const char *name = callee_name(call);
  if (strcmp(name, "gort_alloc") && strcmp(name, "gort_alloc_at")) return 0;
  LLVMValueRef t = LLVMGetOperand(call, 0);
  if (!LLVMIsAGlobalVariable(t)) return 0;
  LLVMValueRef init = LLVMGetInitializer(t);
  if (!init || !LLVMIsAConstantStruct(init) || LLVMGetNumOperands(init) < 6) return 0;
  LLVMValueRef sz = LLVMGetOperand(init, 0), al = LLVMGetOperand(init, 5);
  if (!LLVMIsAConstantInt(sz) || !LLVMIsAConstantInt(al)) return 0;
  *align = (unsigned)LLVMConstIntGetZExtValue(al);
  if (*align < 8) *align = 8;
  return LLVMConstIntGetZExtValue(sz);
}

static int stackify_fn(LLVMValueRef fn, LLVMBuilderRef b) {
  LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(fn));
  LLVMTypeRef i8 = LLVMInt8TypeInContext(ctx), i64 = LLVMInt64TypeInContext(ctx);
  uint64_t frame = 0;
  int moved = 0;
  for (LLVMBasicBlockRef bb = entry; bb; bb = LLVMGetNextBasicBlock(bb)) {
    LLVMValueRef next;
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = next) {
      next = LLVMGetNextInstruction(i);
      if (!LLVMIsACallInst(i)) continue;
      unsigned align = 8;
      uint64_t size = alloc_size(i, &align);
      if (size == 0 || size > STACKIFY_MAX || frame + size > STACKIFY_FRAME) continue;
      if (!stays_local(i, 0)) continue;
      LLVMPositionBuilderBefore(b, LLVMGetFirstInstruction(entry));
      LLVMSetCurrentDebugLocation2(b, NULL);
      LLVMValueRef slot = LLVMBuildAlloca(b, LLVMArrayType2(i8, size), "stackified");
      LLVMSetAlignment(slot, align);
      LLVMPositionBuilderBefore(b, i);
      LLVMSetCurrentDebugLocation2(b, LLVMInstructionGetDebugLoc(i));
      LLVMBuildMemSet(b, slot, LLVMConstInt(i8, 0, 0), LLVMConstInt(i64, size, 0), align);
      LLVMReplaceAllUsesWith(i, slot);
      LLVMInstructionEraseFromParent(i);
      frame += size;
      moved++;
    }
  }
  return moved;
}

/* ---- copies forwarded: reads of a copy of a local array read the original ----
 *
 * A closure captures a small array by value: its record gets a copy of the array, and the
 * body (inlined where the closure is called in place) indexes the copy with a variable:
 *     store i64 %v, ptr (gep [4 x i64] %w, 0, %k)       w[k] = v
 *     %c = load <4 x i64>, ptr %w                        the record's copy
 *     store <4 x i64> %c, ptr %rec.w
 *     %x = load i64, ptr (gep [4 x i64] %rec.w, 0, %k)   w[k] read in the closure
 * LLVM forwards a copy's bytes only at constant offsets, so the copy stays, and the 32-byte
 * load right after the 8-byte store waits for it to retire (no store forwarding across
 * sizes): 45% of bench/nonescape's cycles. When the copy's source and destination are
 * allocas and nothing between the copy's load and the read may write either (only stores
 * to other allocas or globals), the read takes the same element of the source instead:
 *     %x = load i64, ptr (gep [4 x i64] %w, 0, %k)
 * which EarlyCSE then forwards from the store, and the copy, now unread, goes. A read
 * through an array type of the copy's size stays inside the copy whatever the index: Go
 * checks the index before, so the address is an element of the array. */
static LLVMValueRef strip_const_geps(LLVMValueRef p) {
  while (LLVMIsAGetElementPtrInst(p) && LLVMGetNumOperands(p) == 2 &&
         LLVMIsAConstantInt(LLVMGetOperand(p, 1)))
    p = LLVMGetOperand(p, 0);
  return p;
}

/* may I change the memory of the allocas a or b? */
static bool may_clobber(LLVMValueRef i, LLVMValueRef a, LLVMValueRef b) {
  if (LLVMIsAStoreInst(i)) {
    LLVMValueRef base = LLVMGetOperand(i, 1);
    while (LLVMIsAGetElementPtrInst(base)) base = LLVMGetOperand(base, 0);
    return !(LLVMIsAAllocaInst(base) || LLVMIsAGlobalVariable(base)) || base == a || base == b;
  }
  if (LLVMIsACallInst(i)) {
    const char *name = callee_name(i);
    return strncmp(name, "llvm.dbg.", 9) != 0;
  }
  return LLVMIsAAtomicRMWInst(i) || LLVMIsAAtomicCmpXchgInst(i) || LLVMIsAFenceInst(i) ||
         LLVMIsAInvokeInst(i);
}

static int forward_copies_fn(LLVMValueRef fn, LLVMBuilderRef b, LLVMTargetDataRef td) {
  int n = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
    for (LLVMValueRef st = LLVMGetFirstInstruction(bb); st; st = LLVMGetNextInstruction(st)) {
      if (!LLVMIsAStoreInst(st) || LLVMGetVolatile(st)) continue;
      LLVMValueRef ld = LLVMGetOperand(st, 0);
      if (!LLVMIsALoadInst(ld) || LLVMGetVolatile(ld) || LLVMGetInstructionParent(ld) != bb) continue;
      LLVMTypeRef ty = LLVMTypeOf(ld);
      unsigned long long size = LLVMStoreSizeOfType(td, ty);
      if (size < 16) continue;   /* scalars: GVN forwards them */
      LLVMValueRef src = LLVMGetOperand(ld, 0), dst = LLVMGetOperand(st, 1);
      LLVMValueRef sa = strip_const_geps(src), da = strip_const_geps(dst);
      if (!LLVMIsAAllocaInst(sa) || !LLVMIsAAllocaInst(da) || sa == da) continue;
      bool clean = true;   /* nothing between the load and the store writes the source */
      for (LLVMValueRef i = LLVMGetNextInstruction(ld); i != st && clean; i = LLVMGetNextInstruction(i))
        clean = !may_clobber(i, sa, da);
      for (LLVMValueRef i = LLVMGetNextInstruction(st); i && clean; i = LLVMGetNextInstruction(i)) {
        if (LLVMIsALoadInst(i) && !LLVMGetVolatile(i)) {
          LLVMValueRef p = LLVMGetOperand(i, 0), np = NULL;
          unsigned long long lsz = LLVMStoreSizeOfType(td, LLVMTypeOf(i));
          if (p == dst && lsz <= size) {
            np = src;
          } else if (LLVMIsAGetElementPtrInst(p) && LLVMGetOperand(p, 0) == dst) {
            LLVMTypeRef et = LLVMGetGEPSourceElementType(p);
            unsigned nops = (unsigned)LLVMGetNumOperands(p);
            LLVMValueRef first = LLVMGetOperand(p, 1);
            bool whole = nops >= 3 && LLVMIsAConstantInt(first) && LLVMConstIntGetZExtValue(first) == 0 &&
                         LLVMGetTypeKind(et) == LLVMArrayTypeKind && LLVMABISizeOfType(td, et) == size;
            bool part = nops == 2 && LLVMIsAConstantInt(first) && LLVMGetTypeKind(et) == LLVMIntegerTypeKind &&
                        LLVMGetIntTypeWidth(et) == 8 && LLVMConstIntGetZExtValue(first) + lsz <= size;
            if (whole || part) {
              LLVMValueRef *idx = arena_alloc(sizeof(LLVMValueRef) * nops);
              for (unsigned k = 1; k < nops; k++) idx[k - 1] = LLVMGetOperand(p, k);
              LLVMPositionBuilderBefore(b, i);
              LLVMSetCurrentDebugLocation2(b, LLVMInstructionGetDebugLoc(i));
              np = LLVMIsInBounds(p) ? LLVMBuildInBoundsGEP2(b, et, src, idx, nops - 1, "")
                                     : LLVMBuildGEP2(b, et, src, idx, nops - 1, "");
            }
          }
          if (np) {
            LLVMSetOperand(i, 0, np);
            n++;
          }
          continue;
        }
        clean = !may_clobber(i, sa, da);
      }
    }
  }
  return n;
}

static LLVMErrorRef run_passes(LLVMModuleRef mod, const char *pipeline, LLVMTargetMachineRef tm) {
  LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
  LLVMErrorRef e = LLVMRunPasses(mod, pipeline, tm, po);
  LLVMDisposePassBuilderOptions(po);
  return e;
}

bool cg_optimise(LLVMModuleRef mod, LLVMTargetMachineRef tm) {
  const char *pipeline = getenv("GOSUB_PASSES");
  if (!pipeline || !*pipeline) pipeline = "default<O2>";
  LLVMErrorRef e = run_passes(mod, pipeline, tm);
  if (!e && !getenv("GOSUB_NO_STACKIFY")) {
    LLVMBuilderRef b = LLVMCreateBuilderInContext(LLVMGetModuleContext(mod));
    LLVMTargetDataRef td = LLVMGetModuleDataLayout(mod);
    int moved = 0;
    for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn))
      if (!LLVMIsDeclaration(fn)) moved += stackify_fn(fn, b) + forward_copies_fn(fn, b, td);
    LLVMDisposeBuilder(b);
    /* the moved objects' fields become registers where nothing takes their address; the
     * forwarded reads meet the stores they read (early-cse<memssa> sees past other stores) */
    if (moved) e = run_passes(mod, "function(sroa,early-cse<memssa>,instcombine,simplifycfg)", tm);
  }
  if (e) {
    char *m = LLVMGetErrorMessage(e);
    fprintf(stderr, "gosub: internal error: %s\n", m);
    LLVMDisposeErrorMessage(m);
    return false;
  }
  return true;
}
