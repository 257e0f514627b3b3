/* safepoint.c — stack checks and safepoint polls (runtime/gort.h), added to every function
 * AFTER optimisation, so that LLVM's loop optimisations (unrolling, vectorisation, LICM) see
 * loops without them, and so that only real frames (not inlined bodies) get a prologue.
 *
 *   prologue (every function):
 *       sp = read_register("rsp"); guard = *(sp | (SLOT-1)) - 7   (the goroutine's guard word)
 *       if (sp - framesize < guard) gort_morestack(framesize)    (unlikely, cold)
 *   back-edge (every edge u → h where h is on the DFS path to u):
 *       if (guard == GORT_STACK_PREEMPT) gort_morestack(0)
 *
 * framesize is the size of the function's static allocas when it exceeds 8 KiB (smaller
 * frames fit in the 256 KiB slack below the hard guard). The allocas stay in the entry block
 * (LLVM only lays out static allocas there): the check goes into a new entry block that takes
 * the allocas with it and branches to the old entry's remaining code.
 *
 * Why this keeps the collector's invariant: a safepoint is only ever at a function entry or
 * at the end of a loop iteration, never between a write barrier's flag test and its store
 * (those are in one basic-block sequence without a back-edge or a call of Go code).
 *
 * Example: `for i := 0; i < n; i++ { s += a[i] }` after O2 is a vectorised loop whose latch
 * block ends `br i1 %done, %exit, %body`; the edge latch → body is redirected through a
 * block that loads the guard, compares it with -1 and calls gort_morestack(0) if equal; the
 * phis of %body take their latch values from the new block instead.
 */
#include <string.h>

#include "cg.h"
#include <llvm-c/DebugInfo.h>
#include "../runtime/gort.h"   /* the contract: GORT_STACK_SLOT, GORT_STACK_PREEMPT */

static LLVMValueRef read_sp_fn, morestack_fn;
static LLVMTypeRef read_sp_ty, morestack_ty;
static LLVMValueRef sp_name;

static void declare(void) {
  LLVMTypeRef i64 = cg.t_i64;
  unsigned id = LLVMLookupIntrinsicID("llvm.read_register", 18);
  read_sp_fn = LLVMGetIntrinsicDeclaration(cg.mod, id, &i64, 1);
  read_sp_ty = LLVMIntrinsicGetType(cg.ctx, id, &i64, 1);
  char *triple = LLVMGetDefaultTargetTriple();
  const char *reg = strncmp(triple, "aarch64", 7) == 0 ? "sp" : "rsp";
  LLVMDisposeMessage(triple);
  LLVMMetadataRef name = LLVMMDStringInContext2(cg.ctx, reg, strlen(reg));
  LLVMMetadataRef node = LLVMMDNodeInContext2(cg.ctx, &name, 1);
  sp_name = LLVMMetadataAsValue(cg.ctx, node);
  morestack_ty = LLVMFunctionType(cg.t_void, &i64, 1, 0);
  morestack_fn = LLVMGetNamedFunction(cg.mod, "gort_morestack");
  if (!morestack_fn) morestack_fn = LLVMAddFunction(cg.mod, "gort_morestack", morestack_ty);
  unsigned cold = LLVMGetEnumAttributeKindForName("cold", 4);
  LLVMAddAttributeAtIndex(morestack_fn, LLVMAttributeFunctionIndex,
                          LLVMCreateEnumAttribute(cg.ctx, cold, 0));
}

/* !prof branch_weights: the check almost never fails */
static void unlikely(LLVMValueRef br) {
  LLVMMetadataRef md[3] = {
      LLVMMDStringInContext2(cg.ctx, "branch_weights", 14),
      LLVMValueAsMetadata(LLVMConstInt(cg.t_i32, 1, 0)),
      LLVMValueAsMetadata(LLVMConstInt(cg.t_i32, 100000, 0)),
  };
  unsigned kind = LLVMGetMDKindIDInContext(cg.ctx, "prof", 4);
  LLVMSetMetadata(br, kind, LLVMMetadataAsValue(cg.ctx, LLVMMDNodeInContext2(cg.ctx, md, 3)));
}

/* the guard word of the running goroutine; *sp gets the stack pointer */
static LLVMValueRef load_guard(LLVMBuilderRef b, LLVMValueRef *sp) {
  LLVMValueRef s = LLVMBuildCall2(b, read_sp_ty, read_sp_fn, &sp_name, 1, "sp");
  LLVMValueRef top = LLVMBuildOr(b, s, LLVMConstInt(cg.t_i64, GORT_STACK_SLOT - 1, 0), "");
  LLVMValueRef a = LLVMBuildSub(b, top, LLVMConstInt(cg.t_i64, 7, 0), "");
  LLVMValueRef p = LLVMBuildIntToPtr(b, a, cg.t_ptr, "guardp");
  LLVMValueRef g = LLVMBuildLoad2(b, cg.t_i64, p, "guard");
  LLVMSetVolatile(g, 1);
  if (sp) *sp = s;
  return g;
}

static void call_morestack(LLVMBuilderRef b, uint64_t framesize) {
  LLVMValueRef arg = LLVMConstInt(cg.t_i64, framesize, 0);
  LLVMValueRef c = LLVMBuildCall2(b, morestack_ty, morestack_fn, &arg, 1, "");
  (void)c;
}

/* the debug location new instructions of fn get: its declaration's line (Go reports a stack
 * overflow at the function's line), or none without debug info */
static void fn_loc(LLVMValueRef fn, LLVMBuilderRef b) {
  LLVMMetadataRef sp = LLVMGetSubprogram(fn);
  LLVMMetadataRef loc = NULL;
  if (sp) loc = LLVMDIBuilderCreateDebugLocation(cg.ctx, LLVMDISubprogramGetLine(sp), 0, sp, NULL);
  LLVMSetCurrentDebugLocation2(b, loc);
}

/* line 0: compiler-made code of no line, so that a debugger's breakpoint on the function
 * lands after the check, on the first line of its body (LLVM marks prologue_end there) */
static void no_loc(LLVMValueRef fn, LLVMBuilderRef b) {
  LLVMMetadataRef sp = LLVMGetSubprogram(fn);
  LLVMSetCurrentDebugLocation2(b, sp ? LLVMDIBuilderCreateDebugLocation(cg.ctx, 0, 0, sp, NULL) : NULL);
}

static void prologue(LLVMValueRef fn, LLVMBuilderRef b) {
  LLVMBasicBlockRef old = LLVMGetEntryBasicBlock(fn);
  no_loc(fn, b);
  LLVMBasicBlockRef entry = LLVMInsertBasicBlockInContext(cg.ctx, old, "stackcheck");
  LLVMBasicBlockRef more = LLVMAppendBasicBlockInContext(cg.ctx, fn, "morestack");
  /* the static allocas move to the new entry block */
  uint64_t frame = 0;
  LLVMPositionBuilderAtEnd(b, entry);
  LLVMValueRef next;
  for (LLVMValueRef i = LLVMGetFirstInstruction(old); i; i = next) {
    next = LLVMGetNextInstruction(i);
    if (!LLVMIsAAllocaInst(i)) continue;
    LLVMValueRef n = LLVMGetOperand(i, 0);
    if (!LLVMIsAConstantInt(n)) continue;
    frame += LLVMABISizeOfType(cg.td, LLVMGetAllocatedType(i)) * LLVMConstIntGetZExtValue(n);
    LLVMInstructionRemoveFromParent(i);
    LLVMInsertIntoBuilder(b, i);
  }
  if (frame <= 8192) frame = 0;
  LLVMValueRef sp;
  LLVMValueRef guard = load_guard(b, &sp);
  LLVMValueRef lim = frame ? LLVMBuildSub(b, sp, LLVMConstInt(cg.t_i64, frame, 0), "") : sp;
  LLVMValueRef low = LLVMBuildICmp(b, LLVMIntULT, lim, guard, "");
  unlikely(LLVMBuildCondBr(b, low, more, old));
  LLVMPositionBuilderAtEnd(b, more);
  fn_loc(fn, b);   /* a stack overflow's frame: the function's line, as Go prints it */
  call_morestack(b, frame);
  LLVMBuildBr(b, old);
}

/* ---- loops: back-edges by depth-first search ---- */

typedef struct Edge { LLVMBasicBlockRef from, to; } Edge;

/* block → index, an open-addressing table of 2^k >= 2n slots */
typedef struct BlockMap { LLVMBasicBlockRef *keys; int *vals; size_t mask; } BlockMap;

static size_t bb_hash(LLVMBasicBlockRef bb, size_t mask) {
  return (size_t)(((uintptr_t)bb >> 4) * 0x9e3779b97f4a7c15ull >> 20) & mask;
}

static BlockMap block_map(LLVMBasicBlockRef *blocks, int n) {
  size_t cap = 16;
  while (cap < 2 * (size_t)n) cap *= 2;
  BlockMap m = {arena_alloc(sizeof(LLVMBasicBlockRef) * cap), arena_alloc(sizeof(int) * cap), cap - 1};
  memset(m.keys, 0, sizeof(LLVMBasicBlockRef) * cap);
  for (int i = 0; i < n; i++) {
    size_t h = bb_hash(blocks[i], m.mask);
    while (m.keys[h]) h = (h + 1) & m.mask;
    m.keys[h] = blocks[i];
    m.vals[h] = i;
  }
  return m;
}

static int block_index(BlockMap *m, LLVMBasicBlockRef bb) {
  for (size_t h = bb_hash(bb, m->mask); m->keys[h]; h = (h + 1) & m->mask)
    if (m->keys[h] == bb) return m->vals[h];
  return -1;
}

/* iterative DFS; state 0 white, 1 on the path, 2 done */
static int back_edges(LLVMBasicBlockRef *blocks, int n, Edge **out) {
  BlockMap map = block_map(blocks, n);
  int *state = arena_alloc(sizeof(int) * (size_t)n);
  int *stack = arena_alloc(sizeof(int) * (size_t)n), *succ = arena_alloc(sizeof(int) * (size_t)n);
  memset(state, 0, sizeof(int) * (size_t)n);
  int cap = 8, ne = 0, top = 0;
  Edge *e = arena_alloc(sizeof(Edge) * (size_t)cap);
  stack[top] = 0;
  succ[top++] = 0;
  state[0] = 1;
  while (top > 0) {
    int b = stack[top - 1];
    LLVMValueRef term = LLVMGetBasicBlockTerminator(blocks[b]);
    unsigned ns = term ? LLVMGetNumSuccessors(term) : 0;
    if ((unsigned)succ[top - 1] >= ns) {
      state[b] = 2;
      top--;
      continue;
    }
    LLVMBasicBlockRef sb = LLVMGetSuccessor(term, (unsigned)succ[top - 1]++);
    int s = block_index(&map, sb);
    if (s < 0) continue;
    if (state[s] == 1) {   /* (a switch's duplicate edges repeat: poll_edge skips them) */
      if (ne == cap) {
        Edge *ne2 = arena_alloc(sizeof(Edge) * (size_t)cap * 2);
        memcpy(ne2, e, sizeof(Edge) * (size_t)ne);
        e = ne2;
        cap *= 2;
      }
      e[ne++] = (Edge){blocks[b], sb};
    } else if (state[s] == 0) {
      state[s] = 1;
      stack[top] = s;
      succ[top++] = 0;
    }
  }
  *out = e;
  return ne;
}

/* route the edge from → to through a poll: from → check → (poll →) to */
static void poll_edge(LLVMValueRef fn, LLVMBuilderRef b, LLVMBasicBlockRef from, LLVMBasicBlockRef to) {
  LLVMBasicBlockRef check = LLVMAppendBasicBlockInContext(cg.ctx, fn, "poll");
  LLVMBasicBlockRef call = LLVMAppendBasicBlockInContext(cg.ctx, fn, "poll.yield");
  LLVMValueRef term = LLVMGetBasicBlockTerminator(from);
  unsigned ns = LLVMGetNumSuccessors(term);
  bool found = false;
  for (unsigned i = 0; i < ns; i++)
    if (LLVMGetSuccessor(term, i) == to) {
      LLVMSetSuccessor(term, i, check);
      found = true;
    }
  if (!found) {   /* a duplicate of an edge already routed */
    LLVMDeleteBasicBlock(check);
    LLVMDeleteBasicBlock(call);
    return;
  }
  /* the poll is where the back-edge was: its location, or the function's */
  LLVMMetadataRef loc = LLVMGetSubprogram(fn) ? LLVMInstructionGetDebugLoc(term) : NULL;
  if (loc) LLVMSetCurrentDebugLocation2(b, loc);
  else fn_loc(fn, b);
  LLVMPositionBuilderAtEnd(b, check);
  LLVMValueRef guard = load_guard(b, NULL);
  LLVMValueRef yes = LLVMBuildICmp(b, LLVMIntEQ, guard, LLVMConstInt(cg.t_i64, GORT_STACK_PREEMPT, 0), "");
  unlikely(LLVMBuildCondBr(b, yes, call, to));
  LLVMPositionBuilderAtEnd(b, call);
  call_morestack(b, 0);
  LLVMBuildBr(b, to);
  /* the phis of `to`: what came from `from` now comes from check and from call */
  for (LLVMValueRef phi = LLVMGetFirstInstruction(to); phi && LLVMIsAPHINode(phi);) {
    LLVMValueRef nextphi = LLVMGetNextInstruction(phi);
    unsigned n = LLVMCountIncoming(phi);
    LLVMPositionBuilderBefore(b, phi);
    LLVMValueRef np = LLVMBuildPhi(b, LLVMTypeOf(phi), "");
    bool moved = false;
    for (unsigned i = 0; i < n; i++) {
      LLVMBasicBlockRef ib = LLVMGetIncomingBlock(phi, i);
      LLVMValueRef iv = LLVMGetIncomingValue(phi, i);
      if (ib == from) {
        if (moved) continue;   /* one entry per edge: the duplicates of a switch collapse */
        moved = true;
        LLVMBasicBlockRef bbs[2] = {check, call};
        LLVMValueRef vs[2] = {iv, iv};
        LLVMAddIncoming(np, vs, bbs, 2);
      } else {
        LLVMAddIncoming(np, &iv, &ib, 1);
      }
    }
    LLVMReplaceAllUsesWith(phi, np);
    LLVMInstructionEraseFromParent(phi);
    phi = nextphi;
  }
}

static void loop_polls(LLVMValueRef fn, LLVMBuilderRef b) {
  int n = (int)LLVMCountBasicBlocks(fn);
  LLVMBasicBlockRef *blocks = arena_alloc(sizeof(LLVMBasicBlockRef) * (size_t)n);
  LLVMGetBasicBlocks(fn, blocks);
  Edge *e;
  int ne = back_edges(blocks, n, &e);
  for (int i = 0; i < ne; i++) poll_edge(fn, b, e[i].from, e[i].to);
}

void cg_insert_safepoints(void) {
  declare();
  LLVMBuilderRef b = LLVMCreateBuilderInContext(cg.ctx);
  for (LLVMValueRef fn = LLVMGetFirstFunction(cg.mod); fn; fn = LLVMGetNextFunction(fn)) {
    if (LLVMIsDeclaration(fn)) continue;
    loop_polls(fn, b);   /* before the prologue: the old entry keeps its place in the DFS */
    prologue(fn, b);
  }
  LLVMDisposeBuilder(b);
}
