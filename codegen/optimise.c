/* optimise.c — what gosub asks of LLVM at -O2: an inlining budget, then clang's default<O2>
 * pipeline (new pass manager).
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
 * "default<O1>"), GOSUB_INLINE_BUDGET=N replaces the budget (0: none), for measurements. */
#include <stdio.h>
#include <stdlib.h>

#include <llvm-c/Transforms/PassBuilder.h>

#include "cg.h"

enum { INLINE_BUDGET = 60 };

static int count_instructions(LLVMValueRef fn) {
  int n = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) n++;
  return n;
}

static void inline_budget(LLVMModuleRef mod) {
  const char *env = getenv("GOSUB_INLINE_BUDGET");
  int budget = env && *env ? atoi(env) : INLINE_BUDGET;
  if (budget <= 0) return;
  unsigned noinline = LLVMGetEnumAttributeKindForName("noinline", 8);
  LLVMContextRef ctx = LLVMGetModuleContext(mod);
  for (LLVMValueRef fn = LLVMGetFirstFunction(mod); fn; fn = LLVMGetNextFunction(fn)) {
    if (LLVMIsDeclaration(fn) || count_instructions(fn) <= budget) continue;
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateEnumAttribute(ctx, noinline, 0));
  }
}

bool cg_optimise(LLVMModuleRef mod, LLVMTargetMachineRef tm) {
  inline_budget(mod);
  const char *pipeline = getenv("GOSUB_PASSES");
  if (!pipeline || !*pipeline) pipeline = "default<O2>";
  LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
  LLVMErrorRef e = LLVMRunPasses(mod, pipeline, tm, po);
  LLVMDisposePassBuilderOptions(po);
  if (e) {
    char *m = LLVMGetErrorMessage(e);
    fprintf(stderr, "gosub: internal error: %s\n", m);
    LLVMDisposeErrorMessage(m);
    return false;
  }
  return true;
}
