/* fuzz_compile.c — libFuzzer harness for the whole compiler but the linker: lexer → parser →
 * sema → escape → codegen (LLVM IR, verified, -O0, printed to /dev/null) on arbitrary bytes.
 * Random bytes rarely survive the type checker, so this target lives on its seed corpus of
 * valid programs (every test program, Go's own tests) and on mutations that keep them valid
 * (the dictionary swaps tokens, operators, literals). A crash, hang, sanitizer report or an
 * invalid LLVM module (codegen's "internal error", turned into abort() here) is a bug.
 * Built by tests/fuzz/run (target "compile"); like fuzz_front it never frees compiler memory,
 * which fork mode's short-lived children make harmless. */
#include <stdlib.h>

#include "../../codegen/codegen.h"
#include "front.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Package *pkg = fuzz_front_half(data, size, 0);
  if (pkg && pkg->main) {
    CgOptions cg = {.opt_level = 0, .out_path = "/dev/null", .emit_llvm = true, .verify = true};
    /* false without a diagnostic is an internal error (an invalid module calls fatal) */
    if (!cg_generate(pkg, &cg) && diag_count() == 0) abort();
  }
  diag_clear();
  return 0;
}
