/* fuzz_front.c — libFuzzer harness for the front half of gosub: lexer → parser → sema →
 * escape on arbitrary bytes. Any crash, hang or sanitizer report is a bug. Built by
 * tests/fuzz/run with clang -fsanitize=fuzzer,address,undefined; each input is one file
 * "./fuzz.go". Compiler memory is never freed (the passes keep arena pointers in their
 * statics), so tests/fuzz/run fuzzes in libFuzzer's fork mode, whose child processes live a
 * few minutes at most; between inputs only the collected diagnostics are dropped. */
#include <stddef.h>
#include <stdint.h>

#include "../../common/common.h"
#include "../../escape/escape.h"
#include "../../parser/parser.h"
#include "../../sema/sema.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > 64 * 1024) return 0;
  Package *pkg = NEW(Package);
  Node *file = parse_file("./fuzz.go", (const char *)data, size);
  if (file && diag_count() == 0) {
    vec_push(&pkg->files, file);
    if (sema_check(pkg) && diag_count() == 0) esc_analyze(pkg, 1);
  }
  diag_clear();
  return 0;
}
