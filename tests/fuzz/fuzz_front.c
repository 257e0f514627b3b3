/* fuzz_front.c — libFuzzer harness for the front half of gosub: lexer → parser → sema →
 * escape on arbitrary bytes. Any crash, hang or sanitizer report is a bug. Built by
 * tests/fuzz/run with clang -fsanitize=fuzzer,address,undefined; each input is one file
 * "./fuzz.go". Compiler memory is never freed (the passes keep arena pointers in their
 * statics), so tests/fuzz/run fuzzes in libFuzzer's fork mode, whose child processes live a
 * few minutes at most; between inputs only the collected diagnostics are dropped. */
#include "front.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_front_half(data, size, 1); /* -m: the explanations' code runs too */
  diag_clear();
  return 0;
}
